/**
 * Path parameter values meant to escape their segment: separators, dot segments (plain and
 * percent-encoded), query and fragment starters, percent signs, control characters, unicode
 * (bidi overrides, astral characters, a lone surrogate) and 10 kB strings, mixed with random
 * text and with a valid id in front.
 */
import fc from "fast-check";

const FRAGMENTS = [
  "/",
  "//",
  "..",
  ".",
  "../",
  "/..",
  "%2F",
  "%2f",
  "%2e%2e",
  "%2E%2E%2F",
  "?",
  "?x=1",
  "#",
  "#frag",
  "%",
  "%00",
  "%E0%A4%A",
  "\\",
  "..\\",
  "&",
  "=",
  ";",
  "+",
  " ",
  "\u0000",
  "\r\n",
  "\t",
  "é",
  "日本",
  "😀",
  "\u202e",
  "\ufeff",
  "\ud800",
  "__journal",
  "__health",
];

const TEN_KB = 10 * 1024;

/** The named hostile ids, always tried first (fixed examples). */
export const NAMED_HOSTILE_IDS: string[] = [
  "a/b",
  "..",
  ".",
  "../../__journal",
  "%2F",
  "a%2Fb",
  "..%2F..%2F__journal",
  "a?b=c",
  "?",
  "a#b",
  "#",
  "ünïcødé-日本-😀",
  "\u202eevil",
  "x".repeat(TEN_KB),
  "/".repeat(TEN_KB),
  "😀".repeat(TEN_KB / 2),
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 4 }) },
);

const mixed = fc.array(fragment, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));

const tenKilobytes = fc.array(fragment, { minLength: 1, maxLength: 4 }).map((parts) =>
  parts
    .join("")
    .repeat(Math.ceil(TEN_KB / parts.join("").length))
    .slice(0, TEN_KB),
);

/** Hostile ids; `valid` (an id the spec accepts) is sometimes put in front. */
export function hostileId(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: mixed },
    { weight: 2, arbitrary: mixed.map((tail) => `${valid}${tail}`) },
    { weight: 1, arbitrary: tenKilobytes },
  );
}

/** Not integer literals, though JavaScript's `Number()` reads each as one. */
export const NUMBER_LOOKALIKE_IDS = ["\t", " ", " 42", "0x10", "0b11", "1e3", "4.0"];
