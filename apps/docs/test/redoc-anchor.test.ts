import { expect, test } from "vitest";
import {
  legacyOperationAnchor,
  redocOperationAnchor,
  redocTagRoute,
  redocTagSlug,
} from "../src/redoc-anchor.js";

test.each([
  ["Interaction channels", "interaction-channels"],
  ["Channels", "channels"],
  ["Outbound campaigns", "outbound-campaigns"],
  ["Users & Groups", "users-and-groups"],
  ["Q&A", "qanda"],
  ["100% <done> | not", "100percent-lessdonegreater-or-not"],
  ["  Spaced   out  ", "spaced-out"],
  ["a - b", "a-b"],
  ["C# (legacy) v2.0!", "c-(legacy)-v2.0!"],
  ["Café", undefined],
  ["#", undefined],
  ["", undefined],
])("Redoc's slug of tag %j is %j", (tag, slug) => {
  expect(redocTagSlug(tag)).toBe(slug);
});

test.each([
  [
    "updateInteractionChannel",
    ["Interaction channels"],
    "#/interaction-channels/updateinteractionchannel",
  ],
  ["updateChannel", ["Channels", "Other"], "#/channels/updatechannel"],
  ["get_thing.v2", ["Things"], "#/things/get_thing.v2"],
  ["untagged", [], "#operation/untagged"],
  ["accented", ["Café"], "#operation/accented"],
  ["with/slash", ["Things"], "#operation/with%2Fslash"],
])("operation %s tagged %j opens at %s", (operationId, tags, anchor) => {
  expect(redocOperationAnchor(operationId, tags)).toBe(anchor);
});

test("the fallback is Redoc 2's anchor, which Redoc 3 redirects", () => {
  expect(legacyOperationAnchor("updateChannel")).toBe("#operation/updateChannel");
});

test("a tag's route is its slug, as Redoc's menu links it", () => {
  expect(redocTagRoute("Phone channels")).toBe("/phone-channels");
  expect(redocTagRoute("Café")).toBeUndefined();
});
