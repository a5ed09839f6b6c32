import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  validateRequest,
  type RequestIssue,
  type RequestValidators,
  type ResponseValidators,
} from "@switchboard/client-runtime";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GENERATED_BANNER } from "../src/banner.js";
import { writeGeneratedFiles, type GeneratedFile } from "../src/index.js";
import { generateSources, removeWorkspace, scratchWorkspace } from "./support/fixture-workspace.js";

type Operation = "deleteWidget" | "listWidgets" | "updateWidget";

let workspace: string;
let source: string;
let responseValidators: ResponseValidators<Operation>;
let requestValidators: RequestValidators<Operation>;

/** The fixture spec of success responses, generated into a package folder of its own. */
function generateResponses() {
  return generateSources(
    workspace,
    path.join(workspace, "specs/responses.yaml"),
    path.join(workspace, "packages/responses/src"),
  );
}

function generatedFile(files: readonly GeneratedFile[], name: string): GeneratedFile {
  return files.find((file) => file.path.endsWith(`/generated/${name}`))!;
}

async function exportOf<T>(file: GeneratedFile, name: string): Promise<T> {
  const module = (await import(pathToFileURL(file.path).href)) as Record<string, unknown>;
  return module[name] as T;
}

beforeAll(async () => {
  workspace = await scratchWorkspace();
  const { files } = await generateResponses();
  await writeGeneratedFiles(files);
  const file = generatedFile(files, "response-validators.ts");
  source = file.contents;
  responseValidators = await exportOf(file, "responseValidators");
  requestValidators = await exportOf(generatedFile(files, "validators.ts"), "requestValidators");
});
afterAll(() => removeWorkspace(workspace));

describe("response-validators.ts, as emitted", () => {
  test("starts with the generated banner", () => {
    expect(source.split("\n")[0]).toBe(GENERATED_BANNER);
  });

  test("imports nothing at run time (its one import is a type) and needs no require", () => {
    const imports = source.split("\n").filter((line) => /^\s*import\b/.test(line));
    expect(imports).toEqual([
      `import type { ResponseValidators } from "@switchboard/client-runtime";`,
    ]);
    expect(source).not.toContain("require(");
  });

  test("has every operation, sorted, with only its 2xx statuses that have a JSON body", () => {
    const statuses = Object.fromEntries(
      Object.entries(responseValidators).map(([operation, byStatus]) => [
        operation,
        Object.keys(byStatus),
      ]),
    );
    // 204 has no body, 206 is text/csv and 400 is no success; 202's JSON is a vendor +json type.
    expect(statuses).toEqual({
      deleteWidget: [],
      listWidgets: ["2XX"],
      updateWidget: ["200", "202"],
    });
  });

  test("is deterministic", async () => {
    const { files } = await generateResponses();
    expect(generatedFile(files, "response-validators.ts").contents).toBe(source);
  });
});

const WIDGET = { id: "w-1", name: "Sprocket", status: "active", owner: { name: "Ann" } };

describe("updateWidget's 200 validator (the Widget body)", () => {
  test.each<{ name: string; body: unknown }>([
    // Its write-only secret and token are required, but a server never returns them.
    { name: "the documented example, with no write-only fields", body: WIDGET },
    {
      name: "the read-only id and no optional owner",
      body: { id: "w-1", name: "S", status: "retired" },
    },
    { name: "write-only fields all the same", body: { ...WIDGET, secret: "s", token: "t" } },
  ])("accepts $name", ({ body }) => {
    expect(validateRequest(responseValidators.updateWidget["200"]!, body)).toEqual([]);
  });

  test.each<{ name: string; body: unknown; issues: RequestIssue[] }>([
    {
      name: "a property of the wrong type",
      body: { ...WIDGET, id: 1 },
      issues: [{ path: "/id", rule: "type", message: "must be string" }],
    },
    {
      name: "a value outside the enum",
      body: { ...WIDGET, status: "paused" },
      issues: [{ path: "/status", rule: "enum", message: 'must be one of: "active", "retired"' }],
    },
    {
      name: "a missing required property",
      body: { id: "w-1", status: "active" },
      issues: [{ path: "/name", rule: "required", message: "is required" }],
    },
    {
      name: "a missing required read-only property",
      body: { name: "Sprocket", status: "active" },
      issues: [{ path: "/id", rule: "required", message: "is required" }],
    },
    {
      name: "a component missing its own required property",
      body: { ...WIDGET, owner: {} },
      issues: [{ path: "/owner/name", rule: "required", message: "is required" }],
    },
    {
      name: "an unknown property",
      body: { ...WIDGET, extra: true },
      issues: [
        { path: "/extra", rule: "additionalProperties", message: "is not a known property" },
      ],
    },
    {
      name: "a body that is not an object",
      body: [WIDGET],
      issues: [{ path: "/", rule: "type", message: "must be object" }],
    },
  ])("refuses $name", ({ body, issues }) => {
    expect(validateRequest(responseValidators.updateWidget["200"]!, body)).toEqual(issues);
  });

  test("reports at Ajv's instancePath, relative to the body", () => {
    const validate = responseValidators.updateWidget["200"]!;
    expect(validate({ ...WIDGET, owner: { name: 1 } })).toBe(false);
    expect(
      validate.errors?.map(({ instancePath, keyword }) => ({ instancePath, keyword })),
    ).toEqual([{ instancePath: "/owner/name", keyword: "type" }]);
  });

  // Requests and responses compile the same components apart: only responses relax writeOnly.
  test("the request validator still requires the write-only fields", () => {
    expect(
      validateRequest(requestValidators.updateWidget, { path: { id: "w-1" }, body: WIDGET }),
    ).toEqual([
      { path: "/body/secret", rule: "required", message: "is required" },
      { path: "/body/token", rule: "required", message: "is required" },
    ]);
  });
});

describe("the other success validators", () => {
  test.each<{ name: string; status: "202" | "2XX"; body: unknown; issues: RequestIssue[] }>([
    {
      name: "202 accepts its own body",
      status: "202",
      body: { jobId: "123e4567-e89b-12d3-a456-426614174000" },
      issues: [],
    },
    {
      name: "202 enforces a format",
      status: "202",
      body: { jobId: "123" },
      issues: [{ path: "/jobId", rule: "format", message: 'must match format "uuid"' }],
    },
    {
      name: "202 refuses the 200's body",
      status: "202",
      body: WIDGET,
      issues: [{ path: "/jobId", rule: "required", message: "is required" }],
    },
  ])("updateWidget's $name", ({ status, body, issues }) => {
    expect(validateRequest(responseValidators.updateWidget[status]!, body)).toEqual(issues);
  });

  test.each<{ name: string; body: unknown; issues: RequestIssue[] }>([
    { name: "an empty list", body: [], issues: [] },
    { name: "a list of widgets", body: [WIDGET, WIDGET], issues: [] },
    {
      name: "a bad item, at its index",
      body: [WIDGET, { ...WIDGET, status: "gone" }],
      issues: [{ path: "/1/status", rule: "enum", message: 'must be one of: "active", "retired"' }],
    },
  ])(
    "listWidgets' 2XX (through a components.responses reference) with $name",
    ({ body, issues }) => {
      expect(validateRequest(responseValidators.listWidgets["2XX"]!, body)).toEqual(issues);
    },
  );
});
