import { readFileSync } from "node:fs";
import path from "node:path";
import type { SpecMetadata } from "@switchboard/client-runtime";
import { loadWorkspace } from "@switchboard/codegen";
import { beforeAll, describe, expect, test } from "vitest";
import { findRedoclyConfig } from "../src/load-specs.js";
import {
  buildSiteModel,
  camelCase,
  leadOf,
  type SiteModel,
  type SpecInput,
} from "../src/site-model.js";
import { realModel } from "./support.js";

const { targets } = await loadWorkspace(findRedoclyConfig());

/** `<prefix> <METHOD> <path> <operationId> <summary>` for every operation of the bundled specs. */
const bundledOperations = targets
  .flatMap((target) => {
    const prefix = path.basename(target.specFile, ".yaml");
    const document = JSON.parse(readFileSync(path.join(target.outDir, "openapi.json"), "utf8"));
    return Object.entries(
      document.paths as Record<string, Record<string, { operationId?: string; summary?: string }>>,
    ).flatMap(([specPath, item]) =>
      Object.entries(item)
        .filter(([key]) => key !== "parameters" && !key.startsWith("x-"))
        .map(
          ([method, op]) =>
            `${prefix} ${method.toUpperCase()} ${specPath} ${op.operationId} ${op.summary}`,
        ),
    );
  })
  .sort();

let model: SiteModel;
beforeAll(async () => {
  model = await realModel();
});

describe("the model of the real specs", () => {
  test("has every operation of every bundled spec, and nothing else", () => {
    expect(bundledOperations.length).toBeGreaterThanOrEqual(targets.length);
    const modelled = model.vendors
      .flatMap((vendor) =>
        vendor.operations.map(
          (op) =>
            `${vendor.prefix} ${op.method.toUpperCase()} ${op.path} ${op.operationId} ${op.summary}`,
        ),
      )
      .sort();
    expect(modelled).toEqual(bundledOperations);
  });

  test("has one vendor per API of redocly.yaml, named after its spec", () => {
    expect(model.vendors.map((v) => [v.apiName, v.prefix])).toEqual(
      targets.map((t) => [t.name, path.basename(t.specFile, ".yaml")]),
    );
  });

  test.each(targets.map((t) => [t.name] as const))(
    "%s: title, version, lead and package come from its spec",
    (apiName) => {
      const vendor = model.vendors.find((v) => v.apiName === apiName)!;
      const target = targets.find((t) => t.name === apiName)!;
      const document = JSON.parse(readFileSync(path.join(target.outDir, "openapi.json"), "utf8"));
      expect(vendor.title).toBe(document.info.title);
      expect(vendor.version).toBe(document.info.version);
      expect(vendor.lead.length).toBeGreaterThan(0);
      expect(document.info.description.replace(/\s+/g, " ")).toContain(
        vendor.lead.split("\n")[0]!.replace(/\s+/g, " "),
      );
      expect(vendor.packageName).toBe(`@switchboard/${vendor.prefix}`);
      expect(vendor.referencePage).toBe(`reference/${vendor.prefix}.html`);
    },
  );

  test("links each operation to its Redoc route on a relative reference page", () => {
    for (const vendor of model.vendors) {
      for (const op of vendor.operations) {
        const tag = op.tags[0]!.toLowerCase().replace(/ /g, "-");
        expect(op.referenceHref).toBe(
          `reference/${vendor.prefix}.html#/${tag}/${op.operationId.toLowerCase()}`,
        );
      }
    }
  });
});

function input(
  overrides: Partial<SpecInput> = {},
  operation: Record<string, unknown> = {},
): SpecInput {
  const metadata: SpecMetadata = {
    title: "T",
    version: "1",
    servers: [],
    securitySchemes: { Key: { type: "apiKey", in: "header", name: "X-Key" } },
    operations: {
      updateThing: {
        method: "put",
        path: "/things/{thing_id}",
        security: ["Key"],
        requestBody: { mediaType: "application/json", required: true },
      },
    },
  };
  return {
    apiName: "things@v1",
    prefix: "thing-api",
    packageName: "@switchboard/thing-api",
    metadata,
    document: {
      openapi: "3.1.0",
      info: { title: "Things", version: "1", description: "Lead line\nwraps.\n\nMore." },
      paths: {
        "/things/{thing_id}": {
          parameters: [{ $ref: "#/components/parameters/ThingId" }],
          put: {
            operationId: "updateThing",
            summary: "Update a thing",
            tags: ["Things & stuff"],
            parameters: [
              {
                name: "dry_run",
                in: "query",
                schema: { type: "boolean" },
                examples: { a: { value: true } },
              },
              { name: "page", in: "query", schema: { type: "integer", examples: [3] } },
            ],
            requestBody: {
              content: {
                "application/json": {
                  example: { b: 2 },
                  examples: {
                    first: { $ref: "#/components/examples/First" },
                    second: { value: { a: 2 } },
                  },
                },
              },
            },
            ...operation,
          },
        },
      },
      components: {
        parameters: {
          ThingId: {
            name: "thing_id",
            in: "path",
            required: true,
            schema: { $ref: "#/components/schemas/Id" },
          },
        },
        schemas: { Id: { type: "integer", examples: [7] } },
        examples: { First: { summary: "The first", value: { a: 1 } } },
      },
    },
    ...overrides,
  };
}

describe("buildSiteModel", () => {
  test("reads parameters and examples through $refs, in the documented order of preference", () => {
    const [vendor] = buildSiteModel([input()]).vendors;
    expect(vendor!.facadeKey).toBe("thingApi");
    expect(vendor!.lead).toBe("Lead line\nwraps.");
    const [op] = vendor!.operations;
    expect(op!.pathParams).toEqual([{ name: "thing_id", value: 7 }]);
    // A documented example is shown; an optional parameter without one is left out.
    expect(op!.query).toEqual([{ name: "dry_run", value: true }]);
    expect(op!.requestBody!.example).toEqual({
      name: "first",
      summary: "The first",
      value: { a: 1 },
    });
    expect(op!.security).toEqual([
      { name: "Key", scheme: { type: "apiKey", in: "header", name: "X-Key" } },
    ]);
    expect(op!.referenceHref).toBe("reference/thing-api.html#/things-and-stuff/updatething");
  });

  test("the operation's own parameter overrides the path item's", () => {
    const [vendor] = buildSiteModel([
      input({}, { parameters: [{ name: "thing_id", in: "path", required: true, example: 99 }] }),
    ]).vendors;
    expect(vendor!.operations[0]!.pathParams).toEqual([{ name: "thing_id", value: 99 }]);
  });

  test("falls back to `example` when there are no `examples`", () => {
    const spec = input();
    const put = (spec.document.paths as Record<string, Record<string, Record<string, unknown>>>)[
      "/things/{thing_id}"
    ]!.put!;
    delete (put.requestBody as Record<string, Record<string, Record<string, unknown>>>).content![
      "application/json"
    ]!.examples;
    expect(buildSiteModel([spec]).vendors[0]!.operations[0]!.requestBody!.example).toEqual({
      value: { b: 2 },
    });
  });

  test.each([
    [
      "a path parameter without an example",
      { parameters: [{ name: "thing_id", in: "path", required: true, schema: {} }] },
      /path parameter "thing_id" documents no example/,
    ],
    [
      "a required query parameter without an example",
      { parameters: [{ name: "q", in: "query", required: true, schema: {} }] },
      /required query parameter "q" has no example/,
    ],
    [
      "a request body without an example",
      { requestBody: { content: { "application/json": { schema: {} } } } },
      /request body documents no example/,
    ],
    ["an operation without an operationId", { operationId: undefined }, /has no operationId/],
  ])("refuses %s", (_, operation, message) => {
    expect(() => buildSiteModel([input({}, operation)])).toThrow(message);
  });

  test("refuses metadata that disagrees with the bundled spec", () => {
    const stale = input();
    const metadata = {
      ...stale.metadata,
      operations: {
        ...stale.metadata.operations,
        deleteThing: { method: "delete", path: "/x", security: [] },
      },
    } as SpecMetadata;
    expect(() => buildSiteModel([{ ...stale, metadata }])).toThrow(/run `pnpm generate`/);
    const moved = {
      ...stale.metadata,
      operations: { updateThing: { ...stale.metadata.operations.updateThing!, method: "post" } },
    } as SpecMetadata;
    expect(() => buildSiteModel([{ ...stale, metadata: moved }])).toThrow(
      /does not match the bundled spec/,
    );
  });
});

test.each([
  ["twilio-flex", "twilioFlex"],
  ["watsonx-orchestrate", "watsonxOrchestrate"],
  ["syllable", "syllable"],
  ["a-b-c", "aBC"],
])("camelCase(%s) is %s", (prefix, key) => {
  expect(camelCase(prefix)).toBe(key);
});

test.each([
  ["One paragraph.", "One paragraph."],
  ["First\nline.\n\nSecond.", "First\nline."],
  ["Intro:\n\n- a\n- b\n\nAfter.", "Intro:\n\n- a\n- b"],
  ["Not a list:\n\nJust text.", "Not a list:"],
  ["\n\n  Leading blank.\n", "Leading blank."],
])("leadOf(%j) is %j", (description, lead) => {
  expect(leadOf(description)).toBe(lead);
});
