import { describe, expect, test } from "vitest";
import {
  credentialOptionValues,
  placeholderCredentials,
  snakeCase,
  type VendorAuth,
} from "../../src/spec/index.js";

const apiKey: VendorAuth = {
  scheme: "Key",
  kind: "apiKey",
  header: "X-Key",
  options: { secret: "apiKey" },
};
const bearer: VendorAuth = { scheme: "Bearer", kind: "bearer", options: { secret: "token" } };
const basic: VendorAuth = {
  scheme: "Basic",
  kind: "basic",
  options: { secret: "password", username: "username" },
};
const twilio: VendorAuth = {
  scheme: "TwilioBasicAuth",
  kind: "basic",
  options: { secret: "authToken", username: "accountSid" },
};

describe("credentialOptionValues", () => {
  test.each<{ auth: VendorAuth; options: Record<string, string> }>([
    { auth: apiKey, options: { apiKey: "s3cr3t" } },
    { auth: bearer, options: { token: "s3cr3t" } },
    { auth: basic, options: { username: "me", password: "s3cr3t" } },
    { auth: twilio, options: { accountSid: "me", authToken: "s3cr3t" } },
  ])("$auth.scheme", ({ auth, options }) => {
    expect(credentialOptionValues(auth, { secret: "s3cr3t", username: "me" })).toStrictEqual(
      options,
    );
  });

  test("basic without a user name gives an empty one", () => {
    expect(credentialOptionValues(twilio, { secret: "s3cr3t" })).toStrictEqual({
      accountSid: "",
      authToken: "s3cr3t",
    });
  });

  test("a user name is ignored by schemes without one", () => {
    expect(credentialOptionValues(bearer, { secret: "s3cr3t", username: "me" })).toStrictEqual({
      token: "s3cr3t",
    });
  });
});

describe("placeholderCredentials", () => {
  test.each<{ auth: VendorAuth; placeholders: Record<string, string> }>([
    { auth: apiKey, placeholders: { apiKey: "your_api_key" } },
    { auth: bearer, placeholders: { token: "your_token" } },
    { auth: basic, placeholders: { username: "your_username", password: "your_password" } },
    {
      auth: twilio,
      placeholders: { accountSid: "your_account_sid", authToken: "your_auth_token" },
    },
  ])("$auth.scheme: $placeholders", ({ auth, placeholders }) => {
    expect(placeholderCredentials(auth)).toStrictEqual(placeholders);
  });
});

describe("snakeCase", () => {
  test.each([
    { name: "accountSid", snake: "account_sid" },
    { name: "authToken", snake: "auth_token" },
    { name: "apiKey", snake: "api_key" },
    { name: "token", snake: "token" },
    { name: "twilio-flex_accountSid", snake: "twilio_flex_account_sid" },
    { name: "two words", snake: "two_words" },
    { name: "v2Key", snake: "v2_key" },
  ])("$name → $snake", ({ name, snake }) => {
    expect(snakeCase(name)).toBe(snake);
  });
});
