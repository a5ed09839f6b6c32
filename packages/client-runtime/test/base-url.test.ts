import { describe, expect, test } from "vitest";
import { createSpecClient, type SpecMetadata } from "../src/index.js";

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
