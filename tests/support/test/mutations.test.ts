import { describe, expect, it } from "vitest";

import {
  allOperations,
  bodyMutations,
  breakPattern,
  deserializeParameter,
  localRejection,
  mutatedBody,
  mutationName,
  parameterMutations,
  parameterValidator,
  validatorAt,
} from "../src/index.js";

describe("values that break one rule", () => {
  it("miss a pattern at a valid length, from the current value when it can", () => {
    const value = breakPattern("^KD[0-9a-f]{4}$", "KD0a1b", { minLength: 6, maxLength: 6 });
    expect(value).toHaveLength(6);
    expect(/^KD[0-9a-f]{4}$/.test(value)).toBe(false);
    expect(() => breakPattern(".*", "x", {})).toThrow(/cannot build a string/);
  });
});

describe("the mutation walker, on every operation of every spec", () => {
  const operations = allOperations();

  it("finds constraints to break, with unique names per operation", () => {
    for (const operation of operations) {
      const names = [
        ...parameterMutations(operation),
        ...(operation.requestBody?.media ?? []).flatMap((media) => bodyMutations(operation, media)),
      ].map(mutationName);
      expect(names.length, operation.label).toBeGreaterThan(0);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("breaks each body constraint alone, where it says (strict Ajv)", () => {
    for (const operation of operations) {
      for (const media of operation.requestBody?.media ?? []) {
        const validate = validatorAt(operation.vendor, media.schemaPointer);
        for (const mutation of bodyMutations(operation, media)) {
          const { body } = mutatedBody(mutation);
          expect(
            localRejection(validate, body, mutation.target),
            `${operation.label}: ${mutationName(mutation)}`,
          ).toEqual({ ok: true });
        }
      }
    }
  });

  it("breaks each parameter constraint alone (strict Ajv on the deserialized value)", () => {
    for (const operation of operations) {
      for (const mutation of parameterMutations(operation)) {
        const validate = parameterValidator(operation.vendor, mutation.parameter);
        const value = deserializeParameter(operation.vendor, mutation.parameter, mutation.value);
        expect(
          localRejection(validate, value, []),
          `${operation.label}: ${mutationName(mutation)}`,
        ).toEqual({ ok: true });
      }
    }
  });

  it("can fail: an untouched valid value is reported as accepted", () => {
    const operation = operations.find((candidate) => candidate.requestBody?.media[0]?.examples[0]);
    const media = operation!.requestBody!.media[0]!;
    const validate = validatorAt(operation!.vendor, media.schemaPointer);
    expect(localRejection(validate, media.examples[0]!.value, ["anything"])).toEqual({
      ok: false,
      reason: "Ajv accepts the mutated value",
    });
  });
});
