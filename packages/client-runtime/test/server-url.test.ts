import { describe, expect, test } from "vitest";
import { resolveServerUrl } from "../src/index.js";

const templated = {
  url: "https://{api_endpoint}",
  variables: { api_endpoint: { default: "api.region.example" } },
};

describe("resolveServerUrl", () => {
  test.each([
    { server: { url: "https://api.test" }, values: {}, url: "https://api.test" },
    { server: templated, values: {}, url: "https://api.region.example" },
    { server: templated, values: { api_endpoint: "mine.test/i/1" }, url: "https://mine.test/i/1" },
  ])("resolves $url", ({ server, values, url }) => {
    expect(resolveServerUrl(server, values)).toBe(url);
  });

  test.each([
    { server: { url: "https://{host}" }, rule: 'Server variable "host" is required' },
    {
      server: {
        url: "https://{region}.test",
        variables: { region: { default: "eu", enum: ["eu"] } },
      },
      values: { region: "us" },
      rule: 'Server variable "region" must be one of: eu',
    },
  ])("refuses $server.url", ({ server, values, rule }) => {
    expect(() => resolveServerUrl(server, values)).toThrow(rule);
  });
});
