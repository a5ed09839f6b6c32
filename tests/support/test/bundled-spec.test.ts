import { atPointer, pointerOf, pointerTokens } from "@switchboard/client-runtime/spec";
import { describe, expect, it } from "vitest";

import {
  ajvFor,
  allOperations,
  errorSummary,
  manifestVendors,
  schemaUri,
  specDocument,
  validatorAt,
} from "../src/index.js";

describe("the bundled specs", () => {
  it("are read for every manifest vendor, from the manifest's bundle", () => {
    for (const vendor of manifestVendors()) {
      expect(specDocument(vendor.name).info).toMatchObject({
        title: vendor.title,
        version: vendor.version,
      });
    }
    expect(() => specDocument("no-such-vendor")).toThrow(/no vendor "no-such-vendor"/);
  });

  it("register each schema under the document id and its pointer as a URI fragment", () => {
    const [vendor] = manifestVendors();
    expect(schemaUri(vendor!.name, "/paths/~1api~1v1~1{id}/put")).toBe(
      `https://switchboard.invalid/specs/${vendor!.name}/openapi.json#/paths/~1api~1v1~1%7Bid%7D/put`,
    );
    for (const { name } of manifestVendors()) {
      const schemas = Object.keys(
        (specDocument(name).components as { schemas: Record<string, unknown> }).schemas,
      );
      expect(schemas.length).toBeGreaterThan(0);
      for (const schema of schemas) {
        const uri = schemaUri(name, pointerOf("components", "schemas", schema));
        expect(ajvFor(name).getSchema(uri), `${name} ${schema}`).toBeTypeOf("function");
      }
    }
  });

  it("resolve a $ref as the spec wrote it, to the registered component", () => {
    // FastAPI's HTTPValidationError refers to ValidationError for its items.
    const pointer = "/components/schemas/HTTPValidationError";
    const vendor = manifestVendors().find(({ name }) => atPointer(specDocument(name), pointer));
    expect(vendor, "a FastAPI spec").toBeDefined();
    const { name } = vendor!;
    expect(atPointer(specDocument(name), `${pointer}/properties/detail/items`)).toEqual({
      $ref: "#/components/schemas/ValidationError",
    });
    const validate = validatorAt(name, pointer);
    expect(validate({ detail: [{ loc: ["body"], msg: "Field required", type: "missing" }] })).toBe(
      true,
    );
    expect(validate({ detail: [{ loc: ["body"] }] })).toBe(false);
    expect(errorSummary(validate.errors)).toContainEqual(
      expect.objectContaining({
        keyword: "required",
        instancePath: "/detail/0",
        params: { missingProperty: "msg" },
      }),
    );
  });

  it("compile a schema outside components where it sits, once (pointer tokens escaped)", () => {
    let compiled = 0;
    for (const operation of allOperations()) {
      for (const media of operation.requestBody?.media ?? []) {
        const pointer = pointerOf(...pointerTokens(media.schemaPointer));
        const validate = validatorAt(operation.vendor, pointer);
        expect(validate, `${operation.label} ${pointer}`).toBeTypeOf("function");
        expect(validatorAt(operation.vendor, pointer)).toBe(validate);
        compiled += 1;
      }
    }
    expect(compiled).toBeGreaterThan(0);
  });

  it("refuse a pointer that names no schema", () => {
    const [vendor] = manifestVendors();
    expect(() => validatorAt(vendor!.name, "/components/schemas/NoSuchSchema")).toThrow(
      `${vendor!.name}: no schema at /components/schemas/NoSuchSchema`,
    );
  });
});
