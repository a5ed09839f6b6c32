import { describe, expect, it } from "vitest";

import {
  atPointer,
  escapePointerToken,
  pointerOf,
  pointerTokens,
  unescapePointerToken,
} from "../src/pointer.js";

describe("JSON Pointer helpers", () => {
  it("escapes ~ before / and unescapes in the reverse order (RFC 6901)", () => {
    expect(escapePointerToken("/api/v1/channels/")).toBe("~1api~1v1~1channels~1");
    expect(escapePointerToken("a~/b")).toBe("a~0~1b");
    expect(unescapePointerToken("~01")).toBe("~1");
    expect(unescapePointerToken("a~0~1b")).toBe("a~/b");
  });

  it("round-trips any token through a pointer", () => {
    const tokens = [
      "paths",
      "/v1/Interactions/{InteractionSid}",
      "~0 and ~1",
      "application/json",
      "",
    ];
    const pointer = pointerOf(...tokens);
    expect(pointer).toBe(
      "/paths/~1v1~1Interactions~1{InteractionSid}/~00 and ~01/application~1json/",
    );
    expect(pointerTokens(pointer)).toEqual(tokens);
    for (const token of tokens) expect(unescapePointerToken(escapePointerToken(token))).toBe(token);
  });

  it("writes array indexes as tokens", () => {
    expect(pointerOf("config", "telephony", 0)).toBe("/config/telephony/0");
    expect(pointerOf()).toBe("");
  });

  it("finds the node a pointer names, and undefined where the path leaves the document", () => {
    const document = { paths: { "/a/{b}": { put: { tags: ["x", "y"] } } }, "m~n": 1 };
    expect(atPointer(document, "")).toBe(document);
    expect(atPointer(document, pointerOf("paths", "/a/{b}", "put", "tags", 1))).toBe("y");
    expect(atPointer(document, pointerOf("m~n"))).toBe(1);
    expect(atPointer(document, "/paths/~1a~1{b}/get")).toBeUndefined();
    expect(atPointer(document, "/m~0n/deeper")).toBeUndefined();
  });
});
