import { describe, expect, test } from "vitest";
import { camelCase, isIdentifier, pascalCase, vendorNameOf } from "../../src/spec/index.js";

describe("vendorNameOf", () => {
  test.each([
    { api: "twilio-flex@v1", name: "twilio-flex" },
    { api: "syllable@v1", name: "syllable" },
    { api: "acme-voice@2024-01-01", name: "acme-voice" },
    { api: "a1-b2@v1", name: "a1-b2" },
    { api: "mini", name: "mini" },
  ])("accepts $api → $name", ({ api, name }) => {
    expect(vendorNameOf(api)).toBe(name);
  });

  test.each([
    "Twilio-Flex@v1",
    "twilio_flex@v1",
    "twilio flex@v1",
    "-acme@v1",
    "acme-@v1",
    "acme--voice@v1",
    "1acme@v1",
    "acme.voice@v1",
    "@v1",
    "",
    // Only the last `@…` is the version; what is left must still be a name.
    "mini@v1@v2",
  ])("refuses %j, naming the rule", (api) => {
    expect(() => vendorNameOf(api)).toThrow(
      `API "${api}": its name must be lower-case words joined by "-"`,
    );
  });
});

describe("camelCase", () => {
  test.each([
    { name: "acme-voice", camel: "acmeVoice" },
    { name: "watsonx-orchestrate", camel: "watsonxOrchestrate" },
    { name: "syllable", camel: "syllable" },
    { name: "api_endpoint", camel: "apiEndpoint" },
    { name: "a.b c", camel: "aBC" },
    { name: "a--b__c", camel: "aBC" },
    { name: "-leading-dash", camel: "leadingDash" },
    { name: "v2-api", camel: "v2Api" },
    { name: "keepsCase-here", camel: "keepsCaseHere" },
    { name: "", camel: "" },
  ])("$name → $camel", ({ name, camel }) => {
    expect(camelCase(name)).toBe(camel);
  });
});

describe("pascalCase", () => {
  test.each([
    { name: "acme-voice", pascal: "AcmeVoice" },
    { name: "twilio-flex", pascal: "TwilioFlex" },
    { name: "syllable", pascal: "Syllable" },
    { name: "api_endpoint", pascal: "ApiEndpoint" },
    { name: "", pascal: "" },
  ])("$name → $pascal", ({ name, pascal }) => {
    expect(pascalCase(name)).toBe(pascal);
  });
});

describe("isIdentifier", () => {
  test.each([
    { text: "twilioFlex", identifier: true },
    { text: "_private", identifier: true },
    { text: "$dollar", identifier: true },
    { text: "a1", identifier: true },
    { text: "1a", identifier: false },
    { text: "acme-voice", identifier: false },
    { text: "two words", identifier: false },
    { text: "", identifier: false },
  ])("$text: $identifier", ({ text, identifier }) => {
    expect(isIdentifier(text)).toBe(identifier);
  });
});
