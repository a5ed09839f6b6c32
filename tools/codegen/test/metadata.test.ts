import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { extractMetadata } from "../src/index.js";
import { generateSources, removeWorkspace, scratchWorkspace } from "./support/fixture-workspace.js";

let root: string;
beforeAll(async () => {
  root = await scratchWorkspace();
});
afterAll(() => removeWorkspace(root));

test("extractMetadata keeps what a client needs at run time", async () => {
  const { files } = await generateSources(
    root,
    path.join(root, "specs/mini.yaml"),
    path.join(root, "packages/mini/src"),
  );
  const bundled = files.find((file) => file.path.endsWith("openapi.json"))!;
  expect(extractMetadata(JSON.parse(bundled.contents))).toEqual({
    title: "Mini",
    version: "v1",
    servers: [{ url: "https://{host}/base", variables: { host: { default: "api.mini.test" } } }],
    securitySchemes: { MiniBasic: { type: "http", scheme: "basic" } },
    operations: {
      listThings: { method: "get", path: "/things", security: ["MiniBasic"] },
      updateThing: {
        method: "post",
        path: "/things/{id}",
        security: ["MiniBasic"],
        requestBody: {
          mediaType: "application/x-www-form-urlencoded",
          required: true,
          encoding: { Meta: { contentType: "application/json" } },
        },
      },
    },
  });
});
