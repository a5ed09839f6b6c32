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
  test("writes the bundled spec, its types, metadata and validators next to x-openapi-ts.output", async () => {
    const files = await generate();
    expect(files.map((file) => path.relative(workspace, file.path))).toEqual([
      "generated/openapi.json",
      "generated/schema.ts",
      "generated/metadata.ts",
      "generated/validators.ts",
    ]);
    const [bundled, types, metadata, validators] = files.map((file) => file.contents);
    expect(JSON.parse(bundled!).paths["/things/{id}"].post.operationId).toBe("updateThing");
    expect(types).toContain('Status: "open" | "closed";');
    expect(metadata).toContain("as const satisfies SpecMetadata;");
    expect(validators).toContain(
      'export const requestValidators: RequestValidators<"listThings" | "updateThing"> = {',
    );
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

  // Each edit stales exactly the outputs that carry what was edited.
  test.each([
    {
      edit: "an enum",
      from: "[open, closed]",
      to: "[open, closed, paused]",
      stale: ["openapi.json", "schema.ts", "validators.ts"],
    },
    {
      edit: "a length limit",
      from: "maxLength: 3",
      to: "maxLength: 4",
      stale: ["openapi.json", "validators.ts"],
    },
    {
      edit: "a description (an annotation validators drop)",
      from: "Annotation only; validators drop it.",
      to: "Edited annotation.",
      stale: ["openapi.json", "schema.ts"],
    },
    {
      edit: "a server variable",
      from: "default: api.mini.test",
      to: "default: api2.mini.test",
      stale: ["openapi.json", "metadata.ts"],
    },
  ])("reports the outputs of $edit edited without regenerating", async ({ from, to, stale }) => {
    await writeGeneratedFiles(await generate());
    const spec = path.join(workspace, "mini.yaml");
    const before = await readFile(spec, "utf8");
    expect(before).toContain(from);
    await writeFile(spec, before.replace(from, to));
    const found = await findStaleFiles(await generate());
    expect(found.map((file) => path.basename(file))).toEqual(stale);
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
});
