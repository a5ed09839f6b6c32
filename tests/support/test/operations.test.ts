import { describe, expect, it } from "vitest";

import {
  allOperations,
  findOperation,
  manifestVendors,
  operationsOf,
  successResponse,
  validationResponse,
  validatorAt,
} from "../src/index.js";

describe("the operation model", () => {
  it("has every operation the manifest lists, and nothing else", () => {
    const listed = manifestVendors().flatMap((vendor) =>
      vendor.operations.map(({ operationId, method, path }) => ({
        vendor: vendor.name,
        operationId,
        method: method.toUpperCase(),
        path,
      })),
    );
    const modelled = allOperations().map(({ vendor, operationId, method, path }) => ({
      vendor,
      operationId,
      method,
      path,
    }));
    expect(modelled).toEqual(listed);
    const labels = allOperations().map((operation) => operation.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("is read once per vendor", () => {
    for (const { name } of manifestVendors()) expect(operationsOf(name)).toBe(operationsOf(name));
  });

  it("locates every parameter, body and documented response schema so it compiles", () => {
    for (const operation of allOperations()) {
      const pointers = [
        ...operation.parameters.map((parameter) => parameter.schemaPointer),
        ...(operation.requestBody?.media ?? []).map((media) => media.schemaPointer),
        ...operation.responses.flatMap((response) => response.schemaPointer ?? []),
      ];
      for (const pointer of pointers) {
        expect(validatorAt(operation.vendor, pointer), `${operation.label} ${pointer}`).toBeTypeOf(
          "function",
        );
      }
    }
  });

  it("gives every operation a success and one validation error, documented examples valid", () => {
    for (const operation of allOperations()) {
      expect(successResponse(operation).status).toMatch(/^2\d\d$/);
      expect(["400", "422"]).toContain(validationResponse(operation).status);
      for (const media of operation.requestBody?.media ?? []) {
        const validate = validatorAt(operation.vendor, media.schemaPointer);
        for (const example of media.examples) {
          expect(validate(example.value), `${operation.label} example ${example.name}`).toBe(true);
        }
      }
    }
  });

  it("finds an operation by operationId, and refuses an unknown one", () => {
    const [first] = allOperations();
    expect(findOperation(first!.vendor, first!.operationId)).toBe(first);
    expect(() => findOperation(first!.vendor, "noSuchOperation")).toThrow(
      `${first!.vendor}: no operation "noSuchOperation"`,
    );
  });
});
