import { describe, expect, it } from "vitest";

import {
  ajvFor,
  atPointer,
  bundledVendors,
  errorSummary,
  findOperation,
  pathOperations,
  pointerOf,
  pointerTokens,
  resolvePointer,
  schemaUri,
  specDocument,
  validatorAt,
} from "../src/index.js";

describe("the bundled specs", () => {
  it("are found for every vendor package that has one", () => {
    expect(bundledVendors()).toEqual([
      "healthing",
      "syllable",
      "twilio-flex",
      "watsonx-orchestrate",
    ]);
  });

  it("register each schema under the document id and its pointer as a URI fragment", () => {
    expect(schemaUri("syllable", "/paths/~1api~1v1~1{id}/put")).toBe(
      "https://switchboard.invalid/specs/syllable/openapi.json#/paths/~1api~1v1~1%7Bid%7D/put",
    );
    const uri = schemaUri("syllable", "/components/schemas/ValidationError");
    expect(ajvFor("syllable").getSchema(uri)).toBeTypeOf("function");
  });

  it("resolve a $ref as the spec wrote it, to the registered component", () => {
    const pointer = "/components/schemas/HTTPValidationError";
    expect(atPointer(specDocument("syllable"), `${pointer}/properties/detail/items`)).toEqual({
      $ref: "#/components/schemas/ValidationError",
    });
    const validate = validatorAt("syllable", pointer);
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
    for (const vendor of bundledVendors()) {
      for (const { pointer } of pathOperations(vendor)) {
        const body = resolvePointer(vendor, `${pointer}/requestBody`);
        const content = atPointer(specDocument(vendor), `${body}/content`) ?? {};
        for (const mediaType of Object.keys(content)) {
          const schema = pointerOf(...pointerTokens(body), "content", mediaType, "schema");
          const validate = validatorAt(vendor, schema);
          expect(validate, `${vendor} ${schema}`).toBeTypeOf("function");
          expect(validatorAt(vendor, schema)).toBe(validate);
        }
      }
    }
  });

  it("find an operation by operationId, and refuse an unknown one", () => {
    expect(findOperation("healthing", "updateChannel")).toMatchObject({
      operationId: "updateChannel",
      method: expect.any(String),
      pointer: expect.stringMatching(/^\/paths\//),
    });
    expect(() => findOperation("healthing", "noSuchOperation")).toThrow(
      'healthing: expected one operation "noSuchOperation", found 0',
    );
  });
});
