import { describe, expect, test } from "vitest";
import {
  atPointer,
  escapePointerToken,
  pointerOf,
  pointerTokens,
  unescapePointerToken,
} from "../../src/spec/index.js";

describe("escapePointerToken / unescapePointerToken (RFC 6901)", () => {
  test.each([
    { token: "paths", escaped: "paths" },
    { token: "/api/v1/channels/", escaped: "~1api~1v1~1channels~1" },
    { token: "a~/b", escaped: "a~0~1b" },
    { token: "~1", escaped: "~01" },
    { token: "~0 and ~1", escaped: "~00 and ~01" },
    { token: "application/json", escaped: "application~1json" },
    { token: "", escaped: "" },
  ])("$token ↔ $escaped", ({ token, escaped }) => {
    expect(escapePointerToken(token)).toBe(escaped);
    expect(unescapePointerToken(escaped)).toBe(token);
  });

  // `~01` is an escaped `~` followed by `1`: unescaping `~1` first would give `/`.
  test("unescapes ~1 before ~0, so ~01 stays ~1", () => {
    expect(unescapePointerToken("~01")).toBe("~1");
    expect(unescapePointerToken("~0~1")).toBe("~/");
  });
});

describe("pointerOf / pointerTokens", () => {
  test.each<{ tokens: (string | number)[]; pointer: string }>([
    { tokens: [], pointer: "" },
    { tokens: [""], pointer: "/" },
    { tokens: ["config", "telephony", 0], pointer: "/config/telephony/0" },
    {
      tokens: ["paths", "/v1/Interactions/{InteractionSid}", "post"],
      pointer: "/paths/~1v1~1Interactions~1{InteractionSid}/post",
    },
    {
      tokens: ["paths", "~0 and ~1", "application/json", ""],
      pointer: "/paths/~00 and ~01/application~1json/",
    },
  ])("$pointer", ({ tokens, pointer }) => {
    expect(pointerOf(...tokens)).toBe(pointer);
    expect(pointerTokens(pointer)).toEqual(tokens.map(String));
  });

  test.each(["paths/~1a", "#/paths", "a"])(
    "a pointer without a leading / throws: %s",
    (pointer) => {
      expect(() => pointerTokens(pointer)).toThrow(SyntaxError);
      expect(() => pointerTokens(pointer)).toThrow(`"${pointer}" must be empty or start with "/"`);
    },
  );
});

describe("atPointer", () => {
  const document = {
    paths: { "/a/{b}": { put: { tags: ["x", "y"] } } },
    "m~n": 1,
    "": { empty: true },
    nothing: null,
  };

  test.each<{ pointer: string; node: unknown }>([
    { pointer: pointerOf("paths", "/a/{b}", "put", "tags", 1), node: "y" },
    { pointer: "/paths/~1a~1{b}/put/tags/0", node: "x" },
    { pointer: pointerOf("m~n"), node: 1 },
    { pointer: "/", node: { empty: true } },
    { pointer: "/nothing", node: null },
  ])("$pointer", ({ pointer, node }) => {
    expect(atPointer(document, pointer)).toEqual(node);
  });

  test("the empty pointer is the document itself", () => {
    expect(atPointer(document, "")).toBe(document);
  });

  test.each([
    { name: "a missing key", pointer: "/paths/~1a~1{b}/get" },
    { name: "past a number", pointer: "/m~0n/deeper" },
    { name: "past null", pointer: "/nothing/deeper" },
    { name: "an index past the end", pointer: "/paths/~1a~1{b}/put/tags/2" },
    { name: "a key of an array that is not an index", pointer: "/paths/~1a~1{b}/put/tags/x" },
    { name: "an inherited property", pointer: "/paths/toString" },
    { name: "an array's length", pointer: "/paths/~1a~1{b}/put/tags/length" },
    { name: "an index with a leading zero", pointer: "/paths/~1a~1{b}/put/tags/01" },
  ])("undefined where the path leaves the document: $name", ({ pointer }) => {
    expect(atPointer(document, pointer)).toBeUndefined();
  });

  test("a pointer without a leading / throws", () => {
    expect(() => atPointer(document, "paths")).toThrow(SyntaxError);
  });
});
