import { describe, expect, test } from "vitest";
import { compilePathCheck } from "../../../src/engine/fast-path/prism-path-check.js";
import { prismPathMatching } from "../../../src/prism/prism-internals.js";

describe("the compiled path check gives Prism's matchPath verdict", () => {
  test.each<[string, string, boolean]>([
    ["/things", "/things", true],
    ["/things", "/things/", false],
    ["/things/", "/things/", true],
    ["/things/{id}", "/things/7", true],
    ["/things/{id}", "/things/", true],
    ["/things/{id}", "/things", false],
    ["/things/{id}", "/things/7/more", false],
    ["/things/{id}.json", "/things/7.json", true],
    ["/things/{id}.json", "/things/7.xml", false],
    ["/things/{id}.json", "/things/7xjson", false],
    ["/a/{x}/b/{y}", "/a/1/b/2", true],
    ["/a/{x}/b/{y}", "/a/1/c/2", false],
    ["/caf%C3%A9", "/café", true],
    ["/café", "/caf%C3%A9", true],
    ["/things/{id}", "/things/%zz", true],
    ["/v1/Interactions/{InteractionSid}/Channels/{Sid}", "/v1/Interactions/KD1/Channels/UO2", true],
    [
      "/v1/Interactions/{InteractionSid}/Channels/{Sid}",
      "/v1/interactions/KD1/Channels/UO2",
      false,
    ],
  ])("%s against %s", (template, path, expected) => {
    const prism = prismPathMatching.matchPath(path, template);
    const matched = prism._tag === "Right" && prism.right !== "no-match";
    expect(matched, "Prism's own verdict").toBe(expected);
    expect(compilePathCheck(template)(path)).toBe(expected);
  });

  test.each([[""], ["things"]])("a malformed path (%j) throws, as Prism's does", (path) => {
    expect(() => prismPathMatching.matchPath(path, "/things")).toThrow("Malformed path");
    expect(() => compilePathCheck("/things")(path)).toThrow("Malformed path");
  });
});
