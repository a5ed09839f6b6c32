import { describeVendor, type JsonObject } from "@switchboard/client-runtime/spec";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSiteModel, leadOf, type SiteModel } from "../src/site-model.js";
import type { VendorSpec } from "../src/vendor-specs.js";
import { bundledSpecs, manifest, pathItemOperations, realModel } from "./support.js";

/** `<name> <METHOD> <path> <operationId> <summary>` for every operation of the bundled specs. */
const bundledOperations = bundledSpecs
  .flatMap(({ vendor, document }) =>
    Object.entries(document.paths as JsonObject).flatMap(([specPath, item]) =>
      pathItemOperations(item).map(
        ([method, op]) =>
          `${vendor.name} ${method.toUpperCase()} ${specPath} ${String(op.operationId)} ${String(op.summary)}`,
      ),
    ),
  )
  .sort();

let model: SiteModel;
beforeAll(async () => {
  model = await realModel();
});

describe("the model of the real specs", () => {
  test("has every operation of every bundled spec, and nothing else", () => {
    expect(bundledOperations.length).toBeGreaterThanOrEqual(manifest.vendors.length);
    const modelled = model.vendors
      .flatMap((vendor) =>
        vendor.operations.map(
          (op) =>
            `${vendor.name} ${op.method.toUpperCase()} ${op.path} ${op.operationId} ${op.summary}`,
        ),
      )
      .sort();
    expect(modelled).toEqual(bundledOperations);
  });

  test("has one vendor per vendor of the manifest, in its order, under its names", () => {
    expect(model.vendors.length).toBeGreaterThan(0);
    expect(model.vendors.map((v) => [v.api, v.name, v.key, v.packageName])).toEqual(
      manifest.vendors.map((v) => [v.api, v.name, v.key, v.packageName]),
    );
  });

  test.each(bundledSpecs.map(({ vendor, document }) => [vendor.api, vendor, document] as const))(
    "%s: title, version and lead come from its spec",
    (_, { name }, document) => {
      const vendor = model.vendors.find((v) => v.name === name)!;
      const info = document.info as { title: string; version: string; description: string };
      expect(vendor.title).toBe(info.title);
      expect(vendor.version).toBe(info.version);
      expect(vendor.lead.length).toBeGreaterThan(0);
      expect(info.description.replace(/\s+/g, " ")).toContain(
        vendor.lead.split("\n")[0]!.replace(/\s+/g, " "),
      );
      expect(vendor.referencePage).toBe(`reference/${vendor.name}.html`);
    },
  );

  test("the facade key is the manifest's: Twilio Flex's is twilioFlex", () => {
    expect(model.vendors.find((v) => v.name === "twilio-flex")?.key).toBe("twilioFlex");
  });

  test("links each operation to its Redoc route on a relative reference page", () => {
    for (const vendor of model.vendors) {
      for (const op of vendor.operations) {
        const tag = op.tags[0]!.toLowerCase().replace(/ /g, "-");
        expect(op.referenceHref).toBe(
          `reference/${vendor.name}.html#/${tag}/${op.operationId.toLowerCase()}`,
        );
      }
    }
  });
});

/** A small vendor spec, with its manifest entry derived the way codegen derives it. */
function spec(operation: JsonObject = {}): VendorSpec {
  const document: JsonObject = {
    openapi: "3.1.0",
    info: { title: "Things", version: "1", description: "Lead line\nwraps.\n\nMore." },
    security: [{ Key: [] }],
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
            required: true,
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
      securitySchemes: { Key: { type: "apiKey", in: "header", name: "X-Key" } },
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
  };
  const vendor = describeVendor({ api: "thing-api@v1", spec: "specs/thing-api.yaml" }, document);
  return { vendor, document };
}

function putOf(input: VendorSpec): JsonObject {
  return ((input.document.paths as JsonObject)["/things/{thing_id}"] as JsonObject)
    .put as JsonObject;
}

describe("buildSiteModel", () => {
  test("reads parameters and examples through $refs, in the documented order of preference", () => {
    const [vendor] = buildSiteModel([spec()]).vendors;
    expect(vendor!.key).toBe("thingApi");
    expect(vendor!.auth).toEqual({
      scheme: "Key",
      kind: "apiKey",
      header: "X-Key",
      options: { secret: "apiKey" },
    });
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
      spec({ parameters: [{ name: "thing_id", in: "path", required: true, example: 99 }] }),
    ]).vendors;
    expect(vendor!.operations[0]!.pathParams).toEqual([{ name: "thing_id", value: 99 }]);
  });

  test("falls back to `example` when there are no `examples`", () => {
    const input = spec();
    const content = (putOf(input).requestBody as JsonObject).content as JsonObject;
    delete (content["application/json"] as JsonObject).examples;
    expect(buildSiteModel([input]).vendors[0]!.operations[0]!.requestBody!.example).toEqual({
      name: "example",
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
      /thing-api\.updateThing: PUT \/things\/\{thing_id\}: query parameter "q" documents no example/,
    ],
    [
      "a request body without an example",
      { requestBody: { content: { "application/json": { schema: {} } } } },
      /request body documents no example/,
    ],
  ])("refuses %s", (_, operation, message) => {
    expect(() => buildSiteModel([spec(operation)])).toThrow(message);
  });

  test("refuses an operation without an operationId", () => {
    const input = spec();
    delete putOf(input).operationId;
    expect(() => buildSiteModel([input])).toThrow(/has no operationId/);
  });

  test("refuses a manifest that disagrees with the bundled spec", () => {
    const input = spec();
    const [operation] = input.vendor.operations;
    const extra = { ...operation!, operationId: "deleteThing", method: "delete" as const };
    const stale = { ...input.vendor, operations: [operation!, extra] };
    expect(() => buildSiteModel([{ ...input, vendor: stale }])).toThrow(/run `pnpm generate`/);
    const moved = { ...input.vendor, operations: [{ ...operation!, method: "post" as const }] };
    expect(() => buildSiteModel([{ ...input, vendor: moved }])).toThrow(
      /do not match the bundled spec/,
    );
  });
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
