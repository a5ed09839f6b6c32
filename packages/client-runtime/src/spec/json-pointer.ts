import { isObject } from "./json.js";

/** JSON Pointers (RFC 6901) in their plain form, e.g. `/paths/~1api~1v1/put`. */

/** `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** `~1` → `/`, `~0` → `~` (in that order, so `~01` stays `~1`). */
export function unescapePointerToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** `pointerOf("paths", "/a/{b}", "put")` → `/paths/~1a~1{b}/put`. */
export function pointerOf(...tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${escapePointerToken(String(token))}`).join("");
}

/** The keys of a pointer, unescaped (`""` → `[]`). */
export function pointerTokens(pointer: string): string[] {
  if (pointer !== "" && !pointer.startsWith("/")) {
    throw new SyntaxError(`JSON Pointer "${pointer}" must be empty or start with "/"`);
  }
  return pointer.split("/").slice(1).map(unescapePointerToken);
}

// An array is entered by index only (RFC 6901): not by `length` or any other own property.
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/** The node a pointer names inside `document`, or `undefined` where the path leaves it. */
export function atPointer(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const key of pointerTokens(pointer)) {
    const enterable = Array.isArray(node) ? ARRAY_INDEX.test(key) : isObject(node);
    if (!enterable || !Object.hasOwn(node as object, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
