/**
 * Every manifest vendor's bundled spec under the strict Ajv the seed-page tests use, and the
 * seed-page tests themselves: a vendor with a pinned test file (`<name>.test.ts`) has every
 * operation of its spec covered there, so a new operation in a pinned spec fails this suite.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";

import {
  ajvFor,
  extensionKeys,
  manifestVendors,
  openApiSchemaKeywords,
  operationsOf,
  specDocument,
  validatorAt,
} from "@switchboard/test-support";
import { describe, expect, it } from "vitest";

import {
  operationParameters,
  parameterValidator,
  requestBodyValidator,
} from "./support/spec-validator.js";

const TEST_DIR = import.meta.dirname;

/** The vendor's pinned seed-page test file, when it has one. */
function pinnedTests(vendor: string): string | undefined {
  const file = `${TEST_DIR}/${vendor}.test.ts`;
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

describe.each(manifestVendors().map((vendor) => vendor.name))("the %s spec under Ajv", (vendor) => {
  const operationIds = operationsOf(vendor).map((operation) => operation.operationId);

  it("is OpenAPI 3.1 (JSON Schema 2020-12 schemas)", () => {
    expect(specDocument(vendor).openapi).toMatch(/^3\.1\./);
  });

  // Only a vendor with seed-page tests of its own (a curation fact) is held to them.
  const tests = pinnedTests(vendor);
  if (tests !== undefined) {
    it("has every operation covered by its seed-page tests", () => {
      for (const operationId of operationIds) {
        expect(tests, `${vendor}.test.ts covers ${operationId}`).toContain(
          `describe("${operationId} (`,
        );
      }
    });
  }

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
    for (const operation of operationsOf(vendor)) {
      const { operationId } = operation;
      for (const { mediaType } of operation.requestBody?.media ?? []) {
        expect(typeof requestBodyValidator(vendor, operationId, mediaType)).toBe("function");
      }
      for (const { name, in: location } of operationParameters(vendor, operationId)) {
        expect(typeof parameterValidator(vendor, operationId, name, location)).toBe("function");
      }
    }
  });

  it("refuses an unknown operationId", () => {
    expect(() => operationParameters(vendor, "noSuchOperation")).toThrow(
      `${vendor}: no operation "noSuchOperation"`,
    );
  });
});

it("pins seed-page tests only for vendors of the manifest", () => {
  const names = manifestVendors().map((vendor) => vendor.name);
  const pinned = readdirSync(TEST_DIR)
    .filter((file) => file.endsWith(".test.ts") && file !== "spec-validator.test.ts")
    .map((file) => file.replace(/\.test\.ts$/, ""));
  expect(pinned.length).toBeGreaterThan(0);
  for (const vendor of pinned) expect(names).toContain(vendor);
});
