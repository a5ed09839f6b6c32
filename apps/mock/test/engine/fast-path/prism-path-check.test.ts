import { describe, expect, test } from "vitest";
import {
  compilePathCheck,
  isImpliedByRoute,
} from "../../../src/engine/fast-path/prism-path-check.js";
import { compileRoute } from "../../../src/engine/route.js";
import type { PrismOperation } from "../../../src/engine/vendor.js";
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

describe("where the router's own match implies Prism's", () => {
  // Paths a router pattern may match, some with escapes Prism decodes.
  const PATHS = [
    "/things/7",
    "/things/%37",
    "/things/a%2Fb",
    "/things/%zz",
    "/things/7.json",
    "/things/%61.json",
    "/things/x%6a",
    "/caf%C3%A9/7",
    "/café/7",
    "/a/1/b/2",
  ];

  test.each<[string, boolean]>([
    ["/things/{id}", true],
    ["/things/", true],
    ["/a/{x}/b/{y}", true],
    ["/v1/Interactions/{InteractionSid}/Channels/{Sid}", true],
    ["/api/v1/outbound/campaigns/{campaign_id}", true],
    // A parameter inside a segment: Prism matches the decoded text, the router the raw text.
    ["/things/{id}.json", false],
    ["/things/{id}a", false],
    // A name with a character Prism escapes: Prism's capture never forms.
    ["/things/{a.b}", false],
    // Text that percent-decodes to something else.
    ["/caf%C3%A9/{id}", false],
  ])("%s: %s", (template, implied) => {
    expect(isImpliedByRoute(template)).toBe(implied);
    if (!implied) return;
    const { pattern } = compileRoute({
      path: template,
      method: "get",
      responses: [],
    } as unknown as PrismOperation);
    for (const path of PATHS.filter((candidate) => pattern.test(candidate))) {
      const prism = prismPathMatching.matchPath(path, template);
      expect(prism._tag === "Right" && prism.right !== "no-match", path).toBe(true);
    }
  });

  test("the router matches some of the paths for every implied template above", () => {
    const { pattern } = compileRoute({
      path: "/things/{id}",
      method: "get",
      responses: [],
    } as unknown as PrismOperation);
    expect(PATHS.filter((path) => pattern.test(path)).length).toBeGreaterThan(3);
  });
});
