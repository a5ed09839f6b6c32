import { expect, test } from "vitest";

import { numericParameterViolations } from "../src/numeric-parameters.js";
import type { RouteMatch } from "../src/vendor-spec.js";

function matchWith(
  pathParams: Record<string, string>,
  parameters: { path?: object[]; query?: object[] },
): RouteMatch {
  return { route: { operation: { request: parameters } }, pathParams } as unknown as RouteMatch;
}

const integerPath = (value: string) =>
  matchWith({ id: value }, { path: [{ name: "id", schema: { type: "integer" } }] });

test.each(["0", "42", "-7", "679645"])("integer %j is accepted", (value) => {
  expect(numericParameterViolations(integerPath(value), {})).toEqual([]);
});

test.each(["\t", " ", " 42", "42 ", "0x10", "0b11", "1e3", "4.0", "007", "+1", "", "abc"])(
  "integer %j is a type violation at the path parameter",
  (value) => {
    expect(numericParameterViolations(integerPath(value), {})).toEqual([
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
  const matched = matchWith({}, { query: [{ name: "limit", schema: { type: "number" } }] });
  expect(numericParameterViolations(matched, { limit: value })).toHaveLength(accepted ? 0 : 1);
});

test("every repeated query value must be a literal", () => {
  const matched = matchWith({}, { query: [{ name: "n", schema: { type: "integer" } }] });
  expect(numericParameterViolations(matched, { n: ["1", "2"] })).toEqual([]);
  expect(numericParameterViolations(matched, { n: ["1", "0x2"] })).toHaveLength(1);
});

test("strings, string-or-number schemas and absent values are left to Prism", () => {
  const matched = matchWith(
    { sid: "0x10" },
    {
      path: [{ name: "sid", schema: { type: "string" } }],
      query: [
        { name: "either", schema: { type: ["string", "integer"] } },
        { name: "absent", schema: { type: "integer" } },
      ],
    },
  );
  expect(numericParameterViolations(matched, { either: "0x10" })).toEqual([]);
});
