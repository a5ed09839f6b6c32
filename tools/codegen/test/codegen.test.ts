import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  extractMetadata,
  findStaleFiles,
  generateApi,
  loadWorkspace,
  writeGeneratedFiles,
} from "../src/index.js";

const fixtures = path.join(import.meta.dirname, "fixtures");

/** A scratch copy of the fixture workspace, so tests can edit its spec. */
let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), "codegen-"));
  await cp(fixtures, workspace, { recursive: true });
});
afterEach(() => rm(workspace, { recursive: true, force: true }));

async function generate() {
  const { config, targets } = await loadWorkspace(path.join(workspace, "redocly.yaml"));
  return generateApi(targets[0]!, config);
}

describe("generateApi", () => {
  test("writes the bundled spec, its types and its metadata next to x-openapi-ts.output", async () => {
    const files = await generate();
    expect(files.map((file) => path.relative(workspace, file.path))).toEqual([
      "generated/openapi.json",
      "generated/schema.ts",
      "generated/metadata.ts",
    ]);
    const [bundled, types, metadata] = files.map((file) => file.contents);
    expect(JSON.parse(bundled!).paths["/things/{id}"].post.operationId).toBe("updateThing");
    expect(types).toContain('Status: "open" | "closed";');
    expect(metadata).toContain("as const satisfies SpecMetadata;");
  });

  test("is deterministic", async () => {
    expect(await generate()).toEqual(await generate());
  });
});

describe("findStaleFiles (the drift gate)", () => {
  test("reports nothing right after writing", async () => {
    await writeGeneratedFiles(await generate());
    expect(await findStaleFiles(await generate())).toEqual([]);
  });

  test("reports every output of a spec edited without regenerating", async () => {
    await writeGeneratedFiles(await generate());
    const spec = path.join(workspace, "mini.yaml");
    await writeFile(
      spec,
      (await readFile(spec, "utf8")).replace("[open, closed]", "[open, closed, paused]"),
    );
    const stale = await findStaleFiles(await generate());
    expect(stale.map((file) => path.basename(file))).toEqual(["openapi.json", "schema.ts"]);
  });

  test("reports a generated file edited by hand", async () => {
    const files = await generate();
    await writeGeneratedFiles(files);
    await writeFile(files[1]!.path, `${files[1]!.contents}// hand edit\n`);
    expect(await findStaleFiles(files)).toEqual([files[1]!.path]);
  });
});

describe("extractMetadata", () => {
  test("keeps what a client needs at run time", async () => {
    const [bundled] = await generate();
    expect(extractMetadata(JSON.parse(bundled!.contents))).toEqual({
      title: "Mini",
      version: "v1",
      servers: [{ url: "https://{host}/base", variables: { host: { default: "api.mini.test" } } }],
      securitySchemes: { MiniBasic: { type: "http", scheme: "basic" } },
      operations: {
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
});
