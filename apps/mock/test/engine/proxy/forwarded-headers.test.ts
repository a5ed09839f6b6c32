import { describe, expect, test } from "vitest";
import { upstreamUrl } from "../../../src/engine/proxy/forward.js";
import {
  clientResponseHeaders,
  upstreamRequestHeaders,
} from "../../../src/engine/proxy/forwarded-headers.js";

describe("upstreamUrl: the base URL's path, then the path below the prefix, then the query", () => {
  test.each<{
    base: string;
    path: string;
    query: Record<string, string | string[]>;
    url: string;
  }>([
    { base: "http://up.test", path: "/v1/x", query: {}, url: "http://up.test/v1/x" },
    { base: "http://up.test/api/", path: "/v1/x", query: {}, url: "http://up.test/api/v1/x" },
    { base: "http://up.test/api", path: "/v1/x", query: {}, url: "http://up.test/api/v1/x" },
    // As received: a doubled slash and percent-escapes are the upstream's to read.
    { base: "http://up.test", path: "//v1/a%2Fb", query: {}, url: "http://up.test//v1/a%2Fb" },
    {
      base: "https://up.test:8443/base",
      path: "/x",
      query: { append: "true", id: ["1", "2"], q: "a b&c" },
      url: "https://up.test:8443/base/x?append=true&id=1&id=2&q=a+b%26c",
    },
  ])("$base + $path → $url", ({ base, path, query, url }) => {
    expect(upstreamUrl(new URL(base), path, query).href).toBe(url);
  });
});

describe("upstreamRequestHeaders", () => {
  test("credentials and the message's headers pass; hop-by-hop and the gateway's own do not", () => {
    const forwarded = upstreamRequestHeaders({
      host: "127.0.0.1:4010",
      connection: "keep-alive, X-Per-Hop",
      "x-per-hop": "1",
      "keep-alive": "timeout=5",
      "transfer-encoding": "chunked",
      "content-length": "12",
      expect: "100-continue",
      upgrade: "h2c",
      te: "trailers",
      "proxy-authorization": "Basic cHJveHk=",
      "x-mock-fault": "delay=5",
      "accept-encoding": "gzip",
      authorization: "Bearer t0ken",
      "syllable-api-key": "k3y",
      "content-type": "application/json",
      accept: ["application/json", "text/plain"],
      "x-absent": undefined,
    });
    expect(forwarded).toStrictEqual([
      ["authorization", "Bearer t0ken"],
      ["syllable-api-key", "k3y"],
      ["content-type", "application/json"],
      ["accept", "application/json"],
      ["accept", "text/plain"],
      ["accept-encoding", "identity"],
    ]);
  });
});

describe("clientResponseHeaders", () => {
  test("the upstream's headers, without hop-by-hop ones and those of the bytes on the wire", () => {
    const headers = new Headers([
      ["content-type", "application/json"],
      ["connection", "keep-alive, x-hop"],
      ["x-hop", "1"],
      ["keep-alive", "timeout=5"],
      ["content-length", "10"],
      ["content-encoding", "gzip"],
      ["retry-after", "30"],
      ["vary", "Accept"],
      ["vary", "Origin"],
    ]);
    expect(clientResponseHeaders(headers)).toStrictEqual({
      "content-type": "application/json",
      "retry-after": "30",
      vary: "Accept, Origin",
    });
  });
});
