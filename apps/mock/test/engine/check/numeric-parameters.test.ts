import { expect, test } from "vitest";

import {
  numericParametersOf,
  numericParameterViolations,
} from "../../../src/engine/check/numeric-parameters.js";

/** The violations for an operation with these parameters, given these path and query values. */
function violationsOf(
  parameters: { path?: object[]; query?: object[] },
  pathParams: Record<string, string>,
  query: Record<string, string | string[]>,
) {
  const numeric = numericParametersOf({ request: parameters as never });
  return numericParameterViolations(numeric, pathParams, query);
}

const integerPath = (value: string) =>
  violationsOf({ path: [{ name: "id", schema: { type: "integer" } }] }, { id: value }, {});

test.each(["0", "42", "-7", "679645"])("integer %j is accepted", (value) => {
  expect(integerPath(value)).toEqual([]);
});

test.each(["\t", " ", " 42", "42 ", "0x10", "0b11", "1e3", "4.0", "007", "+1", "", "abc"])(
  "integer %j is a type violation at the path parameter",
  (value) => {
    expect(integerPath(value)).toEqual([
      { location: ["path", "id"], rule: "type", message: expect.stringMatching(/an integer/) },
    ]);
  },
);

test.each([
  ["1.5", true],
  ["-0.25e-3", true],
  ["1e3", true],
  [".5", false],
  ["1.", false],
  ["Infinity", false],
  ["0x1", false],
])("number query value %j accepted: %s", (value, accepted) => {
  const limit = { query: [{ name: "limit", schema: { type: "number" } }] };
  expect(violationsOf(limit, {}, { limit: value })).toHaveLength(accepted ? 0 : 1);
});

test("every repeated query value must be a literal", () => {
  const n = { query: [{ name: "n", schema: { type: "integer" } }] };
  expect(violationsOf(n, {}, { n: ["1", "2"] })).toEqual([]);
  expect(violationsOf(n, {}, { n: ["1", "0x2"] })).toHaveLength(1);
});

test("strings, string-or-number schemas and absent values are left to Prism", () => {
  const parameters = {
    path: [{ name: "sid", schema: { type: "string" } }],
    query: [
      { name: "either", schema: { type: ["string", "integer"] } },
      { name: "absent", schema: { type: "integer" } },
    ],
  };
  expect(violationsOf(parameters, { sid: "0x10" }, { either: "0x10" })).toEqual([]);
});
