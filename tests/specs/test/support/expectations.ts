import { errorSummary, type ValidateFunction } from "@switchboard/test-support";
import { expect } from "vitest";

/** The error a rejection test expects: Ajv's keyword, where it failed, and optionally params. */
export interface ExpectedError {
  keyword: string;
  instancePath: string;
  params?: Record<string, unknown>;
}

function isAtOrAbove(errorPath: string, expectedPath: string): boolean {
  return errorPath === expectedPath || expectedPath.startsWith(`${errorPath}/`);
}

export function expectAccepted(validate: ValidateFunction, data: unknown): void {
  const valid = validate(data);
  expect(errorSummary(validate.errors), "validation errors").toEqual([]);
  expect(valid).toBe(true);
}

/**
 * Asserts that `data` is rejected for the expected reason: an error with the expected keyword
 * (and params) at the expected instancePath, and no error anywhere except at that location or
 * above it (where wrappers such as `anyOf`, `if` or a nullable branch report the same failure).
 * So a mutation that broke the data somewhere else, too, or a fixture that was already invalid,
 * fails the test.
 */
export function expectRejected(
  validate: ValidateFunction,
  data: unknown,
  expected: ExpectedError,
): void {
  const valid = validate(data);
  const errors = errorSummary(validate.errors);
  expect(valid, "validation result").toBe(false);
  expect(errors).toContainEqual(
    expect.objectContaining({
      keyword: expected.keyword,
      instancePath: expected.instancePath,
      ...(expected.params ? { params: expect.objectContaining(expected.params) } : {}),
    }),
  );
  const elsewhere = errors.filter(
    (error) => !isAtOrAbove(error.instancePath, expected.instancePath),
  );
  expect(elsewhere, "errors away from the mutated location").toEqual([]);
}
