/**
 * Whether `actual` contains `expected`: an object matches when each of the expected keys
 * matches (other keys may be there), anything else when equal as JSON values.
 */
export function bodyMatches(actual: unknown, expected: unknown): boolean {
  if (isPlainObject(expected)) {
    return (
      isPlainObject(actual) &&
      Object.entries(expected).every(
        ([key, value]) => Object.hasOwn(actual, key) && bodyMatches(actual[key], value),
      )
    );
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((value, index) => bodyMatches(actual[index], value))
    );
  }
  return Object.is(actual, expected);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
