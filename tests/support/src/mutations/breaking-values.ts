/** Values that break one rule of a schema: a wrong type, a bad format, a pattern miss, a length. */
import type { JsonObject } from "@switchboard/client-runtime/spec";

import { deref } from "../spec/schemas.js";

export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** The JSON types a schema allows (through `anyOf`/`oneOf` too); undefined when it does not say. */
export function typesOf(vendor: string, schema: JsonObject): string[] | undefined {
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.map(String);
  const branches = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (!Array.isArray(branches)) return undefined;
  const types = new Set<string>();
  for (const branch of branches) {
    const branchTypes = typesOf(vendor, deref(vendor, branch));
    if (!branchTypes) return undefined;
    branchTypes.forEach((type) => types.add(type));
  }
  return [...types];
}

export function admitsType(types: string[], value: unknown): boolean {
  const type = jsonType(value);
  return types.includes(type) || (type === "integer" && types.includes("number"));
}

const WRONG_TYPE_CANDIDATES: unknown[] = [
  "contract-wrong-type",
  12345,
  true,
  ["contract-wrong-type"],
  { contract: "wrong-type" },
];

export function wrongTypeValue(types: string[]): unknown {
  return WRONG_TYPE_CANDIDATES.find((candidate) => !admitsType(types, candidate));
}

export const INVALID_FORMAT: Readonly<Record<string, string>> = {
  uuid: "not-a-uuid",
  "date-time": "not-a-date-time",
  date: "not-a-date",
  time: "not-a-time",
  email: "not-an-email",
  uri: "not a uri",
  "uri-reference": "\\\\not a uri reference",
  hostname: "not a hostname!",
  ipv4: "999.999.999.999",
  ipv6: "not-an-ipv6",
};

/** A string of valid length that does not match `pattern`, made from `current` when possible. */
export function breakPattern(pattern: string, current: unknown, schema: JsonObject): string {
  const regex = new RegExp(pattern, "u");
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  const base = typeof current === "string" && current.length > 0 ? current : "";
  const candidates: string[] = [];
  for (const replacement of ["Z", "!", "~", "0", " "]) {
    if (base) candidates.push(replacement + base.slice(1), base.slice(0, -1) + replacement);
    candidates.push(replacement.repeat(Math.max(min, 1)));
  }
  const found = candidates.find(
    (candidate) => !regex.test(candidate) && candidate.length >= min && candidate.length <= max,
  );
  if (found === undefined) throw new Error(`cannot build a string that breaks /${pattern}/`);
  return found;
}

/** A string one code point longer than `maxLength` (JSON Schema counts code points, not UTF-16 units). */
export function lengthen(current: unknown, maxLength: number): string {
  const base = typeof current === "string" ? [...current] : [];
  const filler = base[base.length - 1] ?? "a";
  const text = base.join("");
  return base.length > maxLength ? text : text + filler.repeat(maxLength + 1 - base.length);
}
