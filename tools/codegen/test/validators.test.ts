import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  validateRequest,
  type RequestIssue,
  type RequestValidators,
} from "@switchboard/client-runtime";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GENERATED_BANNER } from "../src/banner.js";
import { writeGeneratedFiles } from "../src/index.js";
import type { OpenApiDocument } from "../src/openapi-document.js";
import { renderValidators } from "../src/render-validators.js";
import { generateSources, removeWorkspace, scratchWorkspace } from "./support/fixture-workspace.js";

let workspace: string;
let source: string;
let validators: RequestValidators<"listThings" | "updateThing">;

/** Imports generated validators.ts from disk, as a client package would. */
async function importValidators(file: string) {
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return module;
}

beforeAll(async () => {
  workspace = await scratchWorkspace();
  const { files } = await generateMini();
  await writeGeneratedFiles(files);
  const file = files.find((candidate) => candidate.path.endsWith("validators.ts"))!;
  source = file.contents;
  validators = (await importValidators(file.path)).requestValidators as typeof validators;
});
afterAll(() => removeWorkspace(workspace));

function generateMini() {
  return generateSources(
    workspace,
    path.join(workspace, "specs/mini.yaml"),
    path.join(workspace, "packages/mini/src"),
  );
}

describe("validators.ts, as emitted", () => {
  test("starts with the generated banner", () => {
    expect(source.split("\n")[0]).toBe(GENERATED_BANNER);
  });

  test("needs no require at run time", () => {
    expect(source).not.toContain("require(");
  });

  test("imports nothing at run time (its one import is a type)", () => {
    const imports = source.split("\n").filter((line) => /^\s*import\b/.test(line));
    expect(imports).toEqual([
      `import type { RequestValidators } from "@switchboard/client-runtime";`,
    ]);
  });

  test("inlines Ajv's code-point counter instead of importing it", () => {
    expect(source).toContain("const ucs2length = function ucs2length(str) {");
  });

  test("exports one validator per operation, sorted by operationId", () => {
    expect(Object.keys(validators)).toEqual(["listThings", "updateThing"]);
    for (const validator of Object.values(validators)) expect(validator).toBeTypeOf("function");
  });

  test("is deterministic", async () => {
    const { files: again } = await generateMini();
    expect(again.find((file) => file.path.endsWith("validators.ts"))!.contents).toBe(source);
  });
});

const VALID_UPDATE = {
  path: { id: "abc" },
  header: { "X-Tenant": "acme" },
  body: { Status: "open" },
} as const;

describe("updateThing's validator", () => {
  test.each<{ name: string; request: unknown }>([
    { name: "the required fields only", request: VALID_UPDATE },
    {
      name: "every optional field too",
      request: {
        ...VALID_UPDATE,
        query: { dryRun: true },
        body: { Status: "closed", Meta: { a: 1 }, description: "abc", Owner: { name: "Ann" } },
      },
    },
    // 3 code points, 6 UTF-16 code units: JSON Schema lengths count code points.
    {
      name: "3 emoji under maxLength 3",
      request: { ...VALID_UPDATE, body: { Status: "open", description: "😀😀😀" } },
    },
    // The path-item's `id` (digits only) is overridden by the operation's (any string).
    { name: "a non-numeric id", request: { ...VALID_UPDATE, path: { id: "not-a-number" } } },
  ])("accepts $name", ({ request }) => {
    expect(validateRequest(validators.updateThing, request)).toEqual([]);
  });

  test.each<{ name: string; request: unknown; issues: RequestIssue[] }>([
    {
      name: "a missing path group",
      request: { header: VALID_UPDATE.header, body: VALID_UPDATE.body },
      issues: [{ path: "/path", rule: "required", message: "is required" }],
    },
    {
      name: "a missing body",
      request: { path: VALID_UPDATE.path, header: VALID_UPDATE.header },
      issues: [{ path: "/body", rule: "required", message: "is required" }],
    },
    {
      name: "a missing path-item header",
      request: { ...VALID_UPDATE, header: {} },
      issues: [{ path: "/header/X-Tenant", rule: "required", message: "is required" }],
    },
    {
      name: "a header breaking its pattern",
      request: { ...VALID_UPDATE, header: { "X-Tenant": "ACME" } },
      issues: [
        { path: "/header/X-Tenant", rule: "pattern", message: 'must match pattern "^[a-z]+$"' },
      ],
    },
    {
      name: "an unknown query parameter",
      request: { ...VALID_UPDATE, query: { verbose: true } },
      issues: [
        {
          path: "/query/verbose",
          rule: "additionalProperties",
          message: "is not a known property",
        },
      ],
    },
    {
      name: "a query parameter of the wrong type",
      request: { ...VALID_UPDATE, query: { dryRun: "yes" } },
      issues: [{ path: "/query/dryRun", rule: "type", message: "must be boolean" }],
    },
    {
      name: "a parameter location the operation lacks",
      request: { ...VALID_UPDATE, cookie: { session: "x" } },
      issues: [
        { path: "/cookie", rule: "additionalProperties", message: "is not a known property" },
      ],
    },
    {
      name: "a value outside the enum",
      request: { ...VALID_UPDATE, body: { Status: "paused" } },
      issues: [{ path: "/body/Status", rule: "enum", message: 'must be one of: "open", "closed"' }],
    },
    {
      name: "4 ASCII characters in the property named description",
      request: { ...VALID_UPDATE, body: { Status: "open", description: "abcd" } },
      issues: [
        {
          path: "/body/description",
          rule: "maxLength",
          message: "must NOT have more than 3 characters",
        },
      ],
    },
    {
      name: "4 emoji in the property named description",
      request: { ...VALID_UPDATE, body: { Status: "open", description: "😀😀😀😀" } },
      issues: [
        {
          path: "/body/description",
          rule: "maxLength",
          message: "must NOT have more than 3 characters",
        },
      ],
    },
    {
      name: "an unknown body property",
      request: { ...VALID_UPDATE, body: { Status: "open", Extra: 1 } },
      issues: [
        { path: "/body/Extra", rule: "additionalProperties", message: "is not a known property" },
      ],
    },
    {
      name: "a component breaking its own rules (through a rewritten $ref)",
      request: { ...VALID_UPDATE, body: { Status: "open", Owner: { name: "" } } },
      issues: [
        {
          path: "/body/Owner/name",
          rule: "minLength",
          message: "must NOT have fewer than 1 characters",
        },
      ],
    },
    {
      name: "a component missing a required property",
      request: { ...VALID_UPDATE, body: { Status: "open", Owner: {} } },
      issues: [{ path: "/body/Owner/name", rule: "required", message: "is required" }],
    },
    {
      name: "several problems at once (allErrors)",
      request: { path: { id: "abc" }, header: { "X-Tenant": "ACME" }, body: { Status: "paused" } },
      issues: [
        { path: "/header/X-Tenant", rule: "pattern", message: 'must match pattern "^[a-z]+$"' },
        { path: "/body/Status", rule: "enum", message: 'must be one of: "open", "closed"' },
      ],
    },
  ])("refuses $name", ({ request, issues }) => {
    expect(validateRequest(validators.updateThing, request)).toEqual(issues);
  });
});

describe("listThings's validator (no required group, no body)", () => {
  test.each<{ name: string; request: unknown; issues: RequestIssue[] }>([
    { name: "an empty request", request: {}, issues: [] },
    { name: "an empty query", request: { query: {} }, issues: [] },
    { name: "limit at its maximum", request: { query: { limit: 100 } }, issues: [] },
    {
      name: "limit below its minimum",
      request: { query: { limit: 0 } },
      issues: [{ path: "/query/limit", rule: "minimum", message: "must be >= 1" }],
    },
    {
      name: "limit above its maximum",
      request: { query: { limit: 101 } },
      issues: [{ path: "/query/limit", rule: "maximum", message: "must be <= 100" }],
    },
    {
      name: "a fractional limit",
      request: { query: { limit: 1.5 } },
      issues: [{ path: "/query/limit", rule: "type", message: "must be integer" }],
    },
    {
      name: "a body the operation does not take",
      request: { body: {} },
      issues: [{ path: "/body", rule: "additionalProperties", message: "is not a known property" }],
    },
    {
      name: "a request that is not an object",
      request: null,
      issues: [{ path: "/", rule: "type", message: "must be object" }],
    },
  ])("$name", ({ request, issues }) => {
    expect(validateRequest(validators.listThings, request)).toEqual(issues);
  });
});

/** A one-operation document whose JSON body is `schema`. */
function bodyDocument(schema: Record<string, unknown>): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: { title: "Formats", version: "v1" },
    paths: {
      "/x": {
        post: {
          operationId: "send",
          requestBody: { required: true, content: { "application/json": { schema } } },
        },
      },
    },
  };
}

describe("renderValidators and formats", () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), "codegen-formats-"));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  test.each([
    { format: "email", valid: "ann@example.com", invalid: "ann" },
    { format: "uri", valid: "https://example.com/a", invalid: "not a uri" },
    { format: "uuid", valid: "123e4567-e89b-12d3-a456-426614174000", invalid: "123" },
    { format: "ipv4", valid: "192.168.0.1", invalid: "999.1.1.1" },
    // Fast formats check the shape, not the calendar: "2024-02-30" passes, "2024-2-3" does not.
    { format: "date", valid: "2024-02-29", invalid: "2024-2-3" },
    { format: "time", valid: "17:00:00Z", invalid: "17:00" },
    { format: "date-time", valid: "2024-03-11T13:45:09Z", invalid: "2024-03-11 13:45" },
  ])("inlines format $format and enforces it", async ({ format, valid, invalid }) => {
    const code = renderValidators(bodyDocument({ type: "string", format }));
    expect(code).not.toContain("require(");
    const file = path.join(scratch, `${format}.ts`);
    await writeFile(file, code);
    const { requestValidators } = (await importValidators(file)) as {
      requestValidators: RequestValidators<"send">;
    };
    expect(validateRequest(requestValidators.send, { body: valid })).toEqual([]);
    expect(validateRequest(requestValidators.send, { body: invalid })).toEqual([
      { path: "/body", rule: "format", message: `must match format "${format}"` },
    ]);
  });

  // Formats ajv-formats only has as functions are left out: using one fails loudly at generation.
  test.each(["int32", "double", "byte", "regex"])(
    "refuses format %s rather than emit a runtime require",
    (format) => {
      expect(() => renderValidators(bodyDocument({ type: "string", format }))).toThrow(
        new RegExp(`unknown format "${format}"`),
      );
    },
  );

  test("refuses a format it does not know (strict mode)", () => {
    expect(() => renderValidators(bodyDocument({ type: "string", format: "iri" }))).toThrow(
      /unknown format "iri"/,
    );
  });

  test("refuses a keyword it does not know, such as a typo (strict mode)", () => {
    expect(() => renderValidators(bodyDocument({ type: "integer", minimun: 1 }))).toThrow(
      /unknown keyword: "minimun"/,
    );
  });
});
