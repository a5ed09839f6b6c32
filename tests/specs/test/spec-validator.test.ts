import {
  ajvFor,
  extensionKeys,
  findOperation,
  openApiSchemaKeywords,
  specDocument,
  validatorAt,
} from "@switchboard/spec-validation";
import { describe, expect, it } from "vitest";

import {
  operationParameters,
  parameterValidator,
  requestBodyValidator,
  vendors,
  type Vendor,
} from "../support/spec-validator.js";

/** The operations the vendor test files cover; a new operation in a spec fails this suite. */
const testedOperations: Record<Vendor, string[]> = {
  syllable: ["updateChannel", "updateOutboundCampaign"],
  healthing: ["updateChannel"],
  "watsonx-orchestrate": ["updatePhoneConfig"],
  "twilio-flex": ["updateInteractionChannel"],
};

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function operationIds(vendor: Vendor): string[] {
  const paths = specDocument(vendor).paths as Record<string, Record<string, unknown>>;
  return Object.values(paths).flatMap((pathItem) =>
    methods.flatMap((method) => {
      const operation = pathItem[method] as { operationId?: string } | undefined;
      return operation?.operationId ? [operation.operationId] : [];
    }),
  );
}

describe.each(vendors)("the %s spec under Ajv", (vendor) => {
  it("is OpenAPI 3.1 (JSON Schema 2020-12 schemas)", () => {
    expect(specDocument(vendor).openapi).toMatch(/^3\.1\./);
  });

  it("has exactly the operations the vendor tests cover", () => {
    expect(operationIds(vendor).sort()).toEqual([...testedOperations[vendor]].sort());
  });

  it("keeps strict mode on: an unknown keyword fails compilation", () => {
    expect(() => ajvFor(vendor).compile({ type: "string", maxLenght: 3 })).toThrow(
      /strict mode: unknown keyword: "maxLenght"/,
    );
    expect(() => ajvFor(vendor).compile({ type: "string", "x-not-in-this-spec": 1 })).toThrow(
      /strict mode: unknown keyword/,
    );
  });

  it("treats OpenAPI keywords and the document's x- keys as annotations only", () => {
    const keys = extensionKeys(specDocument(vendor));
    expect(keys).toContain("x-curation-note");
    const validate = ajvFor(vendor).compile({
      type: "string",
      ...Object.fromEntries(
        [...openApiSchemaKeywords, ...keys].map((keyword) => [keyword, { annotation: true }]),
      ),
    });
    expect(validate("any string")).toBe(true);
    expect(validate(1)).toBe(false);
  });

  it("compiles every components.schemas entry (refs as written, strict mode)", () => {
    const components = specDocument(vendor).components as { schemas: Record<string, unknown> };
    const names = Object.keys(components.schemas);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(() => validatorAt(vendor, `/components/schemas/${name}`), name).not.toThrow();
    }
  });

  it("compiles every request body and parameter schema of every operation", () => {
    for (const operationId of operationIds(vendor)) {
      const { operation } = findOperation(vendor, operationId);
      const content = (operation.requestBody as { content?: Record<string, unknown> } | undefined)
        ?.content;
      for (const mediaType of Object.keys(content ?? {})) {
        expect(typeof requestBodyValidator(vendor, operationId, mediaType)).toBe("function");
      }
      for (const { name, in: location } of operationParameters(vendor, operationId)) {
        expect(typeof parameterValidator(vendor, operationId, name, location)).toBe("function");
      }
    }
  });

  it("refuses an unknown operationId", () => {
    expect(() => findOperation(vendor, "noSuchOperation")).toThrow(/expected one operation/);
  });
});
