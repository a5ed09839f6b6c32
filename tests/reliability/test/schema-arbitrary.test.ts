/**
 * The schema-driven generator refuses what it does not understand instead of generating values
 * that ignore a constraint, and every operation's request schemas are within what it supports.
 */
import fc from "fast-check";
import { manifestVendors, validatorAt } from "@switchboard/test-support";
import { describe, expect, test } from "vitest";

import { mutationsOf } from "./support/invalid-request.js";
import { operationsUnderTest } from "./support/operations.js";
import { schemaArbitrary, UnsupportedSchemaError } from "./support/schema-arbitrary.js";
import { validRequest } from "./support/valid-request.js";

describe("unsupported schemas fail loudly", () => {
  test.each([
    ["multipleOf", { type: "integer", multipleOf: 3 }],
    ["allOf", { allOf: [{ type: "string" }] }],
    ["not", { not: { type: "string" } }],
    ["an unknown format", { type: "string", format: "ipv6" }],
    ["uniqueItems", { type: "array", items: { type: "string" }, uniqueItems: true }],
    [
      "an if that is not a const test",
      { type: "object", if: { properties: { a: { type: "string" } } }, then: {} },
    ],
    ["no type at all", {}],
  ])("%s", (_, schema) => {
    const vendor = manifestVendors()[0]!.name;
    expect(() => fc.sample(schemaArbitrary(vendor, schema), 1)).toThrow(UnsupportedSchemaError);
  });
});

describe.each(operationsUnderTest.map((operation) => [operation.name, operation] as const))(
  "%s",
  (_, operation) => {
    test("its request schemas are supported, and some constraint can be broken", () => {
      expect(() => validRequest(operation)).not.toThrow();
      expect(mutationsOf(operation).length).toBeGreaterThan(0);
    });

    test("generated bodies cover both sides of every optional property", () => {
      if (!operation.media) return;
      const validate = validatorAt(operation.spec.vendor, operation.media.schemaPointer);
      const bodies = fc.sample(validRequest(operation), { numRuns: 200 }).map((r) => r.body);
      expect(bodies.every((body) => validate(body))).toBe(true);
      const keys = new Set(bodies.flatMap((body) => Object.keys(body as object)));
      const properties = Object.keys(
        (operation.media.examples[0]?.value ?? {}) as Record<string, unknown>,
      );
      for (const name of properties) expect(keys).toContain(name);
    });
  },
);
