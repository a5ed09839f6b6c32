import { describe, expect, test } from "vitest";
import { chooseBaseUrl, createSpecClient, type SpecMetadata } from "../src/index.js";

describe("a base URL with user info", () => {
  const metadata: SpecMetadata = {
    operations: {},
    servers: [{ url: "https://api.test" }],
    securitySchemes: { Bearer: { type: "http", scheme: "bearer" } },
  } as unknown as SpecMetadata;
  const PASSWORD = "canary-userinfo-password-61f0";

  test.each([
    `http://user:${PASSWORD}@127.0.0.1:4010/acme`,
    `https://${PASSWORD}@api.test`,
    `http://:${PASSWORD}@api.test/`,
  ])("%s is refused when the client is made, without quoting it", (baseUrl) => {
    const make = () =>
      createSpecClient(
        metadata,
        { baseUrl },
        {
          clientName: "createAcmeClient",
          scheme: "Bearer",
          credential: "token-1",
          options: { secret: "token" },
        },
      );
    expect(make).toThrow(
      "createAcmeClient: options.baseUrl must not carry a user name or password (user:password@); pass credentials as options.token",
    );
    const error = (() => {
      try {
        make();
      } catch (thrown) {
        return thrown as Error;
      }
    })();
    expect(String(error?.stack)).not.toContain(PASSWORD);
  });
});

describe("a base URL given but missing", () => {
  const metadata = {
    operations: {},
    servers: [{ url: "https://api.test" }],
    securitySchemes: {},
  } as unknown as SpecMetadata;

  test.each<[string, { baseUrl?: string }, string]>([
    ["undefined", { baseUrl: undefined }, "got undefined"],
    ["empty", { baseUrl: "" }, "got an empty string"],
    ["blank", { baseUrl: "  " }, "got an empty string"],
  ])("%s is refused, never a fall-back to the vendor's server", (_, options, got) => {
    expect(() => chooseBaseUrl(options, "createAcmeClient: options.baseUrl", () => "x")).toThrow(
      `createAcmeClient: options.baseUrl must be a URL when given, ${got}; leave it out to call the vendor's own server`,
    );
  });

  test.each<[string, { baseUrl?: string }, string]>([
    ["left out", {}, "https://api.test"],
    ["given", { baseUrl: "http://127.0.0.1:4010/acme" }, "http://127.0.0.1:4010/acme"],
  ])("%s: the URL called", (_, options, url) => {
    expect(chooseBaseUrl(options, "where", () => metadata.servers[0]!.url)).toBe(url);
  });
});
