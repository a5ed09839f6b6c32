/**
 * JSON Pointers (RFC 6901), in their plain (not URI-fragment) form: `/paths/~1api~1v1/put`.
 */
import { isObject } from "./json.js";

/** `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** `~1` → `/`, `~0` → `~` (in that order, so `~01` stays `~1`). */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The pointer to a path of keys or indexes: `pointerOf("paths", "/a/{b}", "put")` → `/paths/~1a~1{b}/put`. */
export function pointerOf(...tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${escapePointerToken(String(token))}`).join("");
}

/** The keys of a pointer, unescaped (`""` → `[]`). */
export function pointerTokens(pointer: string): string[] {
  return pointer.split("/").slice(1).map(unescapePointerToken);
}

/** The node a pointer names inside `document`, or `undefined` where the path leaves it. */
export function atPointer(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const key of pointerTokens(pointer)) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
