/**
 * The mutations of one value's own keywords: `enum`, `const`, `pattern`, lengths, `format`,
 * bounds and item counts, each broken with a value of the type the schema allows.
 */
import type { JsonObject } from "@switchboard/client-runtime/spec";

import { admitsType, breakPattern, INVALID_FORMAT, lengthen, typesOf } from "./breaking-values.js";
import type { Segment } from "./types.js";
import { setValueAt as set, valueAt as get } from "./values-at.js";
import { add, type Walk } from "./walk.js";

export function leafMutations(
  walk: Walk,
  schema: JsonObject,
  target: Segment[],
  containers: JsonObject[],
) {
  const types = typesOf(walk.vendor, schema);
  const sameType = (candidates: unknown[]) =>
    candidates.find((candidate) => !types || admitsType(types, candidate));
  const breakWith = (rule: string, describe: string, value: (body: JsonObject) => unknown) =>
    add(walk, target, containers, rule, describe, (body) => set(body, target, value(body)));

  if (Array.isArray(schema.enum)) {
    const members = schema.enum;
    const value = sameType(
      ["contract-not-a-member", 987654321, false].filter((item) => !members.includes(item)),
    );
    if (value !== undefined) {
      breakWith("enum", `not one of ${members.map(String).join("|")}`, () => value);
    }
  }
  if ("const" in schema) {
    const value = sameType(
      ["contract-not-the-const", 987654321, false].filter((item) => item !== schema.const),
    );
    breakWith("const", `not ${JSON.stringify(schema.const)}`, () => value);
  }
  if (typeof schema.pattern === "string") {
    const pattern = schema.pattern;
    breakWith("pattern", `does not match /${pattern}/`, (body) =>
      breakPattern(pattern, get(body, target), schema),
    );
  }
  if (typeof schema.maxLength === "number") {
    const max = schema.maxLength;
    breakWith("maxLength", `${max + 1} characters`, (body) => lengthen(get(body, target), max));
  }
  if (typeof schema.minLength === "number" && schema.minLength > 0) {
    const min = schema.minLength;
    breakWith("minLength", `${min - 1} characters`, (body) => {
      const current = get(body, target);
      return (typeof current === "string" ? current : "a".repeat(min)).slice(0, min - 1);
    });
  }
  if (typeof schema.format === "string" && INVALID_FORMAT[schema.format] !== undefined) {
    const value = INVALID_FORMAT[schema.format]!;
    breakWith("format", `not a ${schema.format}: "${value}"`, () => value);
  }
  for (const [keyword, offset] of [
    ["minimum", -1],
    ["maximum", 1],
    ["exclusiveMinimum", 0],
    ["exclusiveMaximum", 0],
  ] as const) {
    const limit = schema[keyword];
    if (typeof limit === "number") breakWith(keyword, `${limit + offset}`, () => limit + offset);
  }
  if (typeof schema.maxItems === "number") {
    const max = schema.maxItems;
    breakWith("maxItems", `${max + 1} items`, (body) => {
      const current = get(body, target);
      const item = Array.isArray(current) && current.length > 0 ? current[0] : null;
      return Array.from({ length: max + 1 }, () => structuredClone(item));
    });
  }
  if (typeof schema.minItems === "number" && schema.minItems > 0) {
    const min = schema.minItems;
    breakWith("minItems", `${min - 1} items`, (body) => {
      const current = get(body, target);
      return (Array.isArray(current) ? current : []).slice(0, min - 1);
    });
  }
}
