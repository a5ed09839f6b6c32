import { describe, expect, test } from "vitest";
import { mayOverlap } from "../../../src/engine/fast-path/ambiguous-templates.js";

describe("mayOverlap: whether one request path could match both templates", () => {
  test.each([
    ["/v1/Things/{Sid}", "/v1/Things/{Sid}", true],
    ["/v1/Things/{Sid}", "/v1/Things/{Id}", true],
    ["/v1/Things/{Sid}", "/v1/Things/Special", true],
    ["/v1/Things/{Sid}.json", "/v1/Things/{Sid}", true],
    ["/v1/Things/{Sid}", "/v1/Others/{Sid}", false],
    ["/v1/Things/{Sid}", "/v1/Things/{Sid}/Parts", false],
    ["/v1/Things", "/v1/Things/", false],
    ["/v1/Things", "/v2/Things", false],
    ["/api/v1/channels/", "/api/v1/channels/", true],
  ])("%s and %s: %s", (template, other, expected) => {
    expect(mayOverlap(template, other)).toBe(expected);
    expect(mayOverlap(other, template)).toBe(expected);
  });
});
