import { describe, expect, test } from "vitest";
import { redirectAnswer } from "../../src/engine/redirect-answer.js";

interface Case {
  path: string;
  query: Record<string, string | string[]>;
  location: string;
}

const CASES: Case[] = [
  { path: "/api/v1/channels/", query: {}, location: "/fast/api/v1/channels/" },
  {
    path: "/api/v1/campaigns/7",
    query: { append: "true" },
    location: "/fast/api/v1/campaigns/7?append=true",
  },
  {
    path: "/api/v1/campaigns/7",
    query: { tag: ["a b", "c&d"], "x y": "é" },
    location: "/fast/api/v1/campaigns/7?tag=a%20b&tag=c%26d&x%20y=%C3%A9",
  },
  { path: "/a%20b/", query: { empty: "" }, location: "/fast/a%20b/?empty=" },
];

describe("redirectAnswer: a 307 to the same request at another path, under the prefix", () => {
  test.each(CASES)("$path with $query → $location", ({ path, query, location }) => {
    expect(redirectAnswer("fast", path, query)).toStrictEqual({
      status: 307,
      headers: { location },
      body: undefined,
    });
  });
});
