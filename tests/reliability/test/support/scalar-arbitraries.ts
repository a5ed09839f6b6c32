/** Arbitraries of strings and numbers valid against a schema's formats, patterns and bounds. */
import fc from "fast-check";
import type { JsonObject } from "@switchboard/client-runtime/spec";

import { UnsupportedSchemaError } from "./schema-keywords.js";

const FORMATS: Record<string, () => fc.Arbitrary<string>> = {
  uuid: () => fc.uuid(),
  "date-time": () =>
    fc
      .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z") })
      .map((date) => date.toISOString()),
  date: () =>
    fc
      .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z") })
      .map((date) => date.toISOString().slice(0, 10)),
  email: () => fc.emailAddress(),
  uri: () => fc.webUrl(),
};

/** Formats that only annotate: any string of the right length is valid. */
const ANNOTATION_FORMATS = new Set(["password"]);

function codePoints(text: string): number {
  return [...text].length;
}

export function stringArbitrary(schema: JsonObject, where: string): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const fits = (text: string) => {
    const length = codePoints(text);
    return length >= minLength && (maxLength === undefined || length <= maxLength);
  };
  const format = typeof schema.format === "string" ? schema.format : undefined;
  if (typeof schema.pattern === "string") {
    if (format !== undefined && !ANNOTATION_FORMATS.has(format)) {
      throw new UnsupportedSchemaError(`${where}: pattern together with format "${format}"`);
    }
    return fc.stringMatching(new RegExp(schema.pattern, "u")).filter(fits);
  }
  if (format !== undefined && !ANNOTATION_FORMATS.has(format)) {
    const build = FORMATS[format];
    if (!build) throw new UnsupportedSchemaError(`${where}: format "${format}" is not supported`);
    return build().filter(fits);
  }
  // One code point per unit, so the length fast-check counts is the length JSON Schema counts.
  const anyLength = fc.string({
    unit: "binary",
    minLength,
    ...(maxLength === undefined ? {} : { maxLength }),
  });
  // Limits are where counting goes wrong (code points or UTF-16 units): try them exactly.
  const limits = [...new Set([minLength, maxLength ?? minLength])].map((length) => ({
    weight: 1,
    arbitrary: fc.string({ unit: "binary", minLength: length, maxLength: length }),
  }));
  return fc.oneof({ weight: 3, arbitrary: anyLength }, ...limits);
}

export function numberArbitrary(
  schema: JsonObject,
  type: "integer" | "number",
  where: string,
): fc.Arbitrary<number> {
  const bound = (keyword: string) =>
    typeof schema[keyword] === "number" ? (schema[keyword] as number) : undefined;
  const minimum = bound("minimum");
  const maximum = bound("maximum");
  const exclusiveMinimum = bound("exclusiveMinimum");
  const exclusiveMaximum = bound("exclusiveMaximum");
  if (type === "integer") {
    const min = Math.max(
      minimum === undefined ? Number.MIN_SAFE_INTEGER : Math.ceil(minimum),
      exclusiveMinimum === undefined ? Number.MIN_SAFE_INTEGER : Math.floor(exclusiveMinimum) + 1,
    );
    const max = Math.min(
      maximum === undefined ? Number.MAX_SAFE_INTEGER : Math.floor(maximum),
      exclusiveMaximum === undefined ? Number.MAX_SAFE_INTEGER : Math.ceil(exclusiveMaximum) - 1,
    );
    if (min > max) throw new UnsupportedSchemaError(`${where}: no integer in range`);
    // Small values most of the time, the whole safe range some of the time.
    const small = fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) });
    return min <= 1000 && max >= -1000
      ? fc.oneof(small, fc.integer({ min, max }))
      : fc.integer({ min, max });
  }
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(minimum === undefined ? {} : { min: minimum }),
    ...(maximum === undefined ? {} : { max: maximum }),
    ...(exclusiveMinimum === undefined ? {} : { min: exclusiveMinimum, minExcluded: true }),
    ...(exclusiveMaximum === undefined ? {} : { max: exclusiveMaximum, maxExcluded: true }),
  });
}
