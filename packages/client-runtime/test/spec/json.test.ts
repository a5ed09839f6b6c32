import { expect, test } from "vitest";
import { isObject } from "../../src/spec/index.js";

test.each([
  { value: {}, object: true },
  { value: { a: 1 }, object: true },
  { value: Object.create(null) as unknown, object: true },
  { value: [], object: false },
  { value: null, object: false },
  { value: undefined, object: false },
  { value: "{}", object: false },
  { value: 0, object: false },
])("isObject($value) is $object", ({ value, object }) => {
  expect(isObject(value)).toBe(object);
});
