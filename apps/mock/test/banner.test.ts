import { describe, expect, test } from "vitest";
import { banner, type Served } from "../src/banner.js";

const served = (url: string, docs = false): Served => ({
  url,
  vendors: { mini: `${url}/mini` },
  docs: docs ? `${url}/` : null,
});

describe("banner", () => {
  test("each vendor's base URL, then the gateway's own endpoints", () => {
    expect(banner(served("http://127.0.0.1:4010"), "127.0.0.1")).toBe(
      [
        "Switchboard mock gateway on http://127.0.0.1:4010",
        "  mini                   http://127.0.0.1:4010/mini",
        "  health                 http://127.0.0.1:4010/__health",
        "  journal                http://127.0.0.1:4010/__journal",
        "Ctrl-C stops it.",
      ].join("\n"),
    );
  });

  test("the docs first, when served", () => {
    expect(banner(served("http://127.0.0.1:4010", true), "127.0.0.1").split("\n")[1]).toBe(
      "  docs                   http://127.0.0.1:4010/",
    );
  });

  test.each([
    { host: "0.0.0.0", url: "http://127.0.0.1:4010" },
    { host: "::", url: "http://[::1]:4010" },
  ])("host $host: the first line says it listens on all interfaces", ({ host, url }) => {
    expect(banner(served(url), host).split("\n")[0]).toBe(
      `Switchboard mock gateway on ${url}, listening on all interfaces (${host})`,
    );
  });
});
