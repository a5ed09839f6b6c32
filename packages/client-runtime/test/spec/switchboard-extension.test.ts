import { describe, expect, test } from "vitest";
import {
  credentialOptions,
  DEFAULT_CREDENTIAL_OPTIONS,
  documentExtension,
  EXTENSION,
  vendorErrorFormat,
  type SchemeKind,
} from "../../src/spec/index.js";

const WHERE = "acme@v1";

describe("documentExtension (x-switchboard on the document)", () => {
  test("is named x-switchboard", () => {
    expect(EXTENSION).toBe("x-switchboard");
  });

  test.each<{ name: string; extension: unknown; read: unknown }>([
    { name: "none", extension: undefined, read: {} },
    { name: "empty", extension: {}, read: {} },
    { name: "a key", extension: { key: "acme" }, read: { key: "acme" } },
    {
      name: "an error format",
      extension: { errorFormat: "twilio" },
      read: { errorFormat: "twilio" },
    },
    {
      name: "both",
      extension: { key: "$acme_2", errorFormat: "problem" },
      read: { key: "$acme_2", errorFormat: "problem" },
    },
  ])("reads $name", ({ extension, read }) => {
    const document = {
      openapi: "3.1.0",
      ...(extension === undefined ? {} : { [EXTENSION]: extension }),
    };
    expect(documentExtension(document, WHERE)).toStrictEqual(read);
  });

  test("reads nothing from something that is not a document", () => {
    expect(documentExtension(null, WHERE)).toStrictEqual({});
  });

  // Each refusal names the API, the field and the rule.
  test.each<{ extension: unknown; error: string }>([
    { extension: "acme", error: `${WHERE}: x-switchboard must be an object` },
    { extension: ["key"], error: `${WHERE}: x-switchboard must be an object` },
    {
      extension: { key: "acme", credentialOptions: {} },
      error: `${WHERE}: x-switchboard has unknown field(s) credentialOptions; allowed: key, errorFormat`,
    },
    {
      extension: { key: "acme-voice" },
      error: `${WHERE}: x-switchboard.key must be a JavaScript identifier (the facade's key), got "acme-voice"`,
    },
    {
      extension: { key: 7 },
      error: `${WHERE}: x-switchboard.key must be a JavaScript identifier (the facade's key), got 7`,
    },
    {
      extension: { key: "" },
      error: `${WHERE}: x-switchboard.key must be a JavaScript identifier`,
    },
    {
      extension: { errorFormat: "graphql" },
      error: `${WHERE}: x-switchboard.errorFormat must be one of fastapi, twilio, problem, got "graphql"`,
    },
  ])("refuses $extension", ({ extension, error }) => {
    expect(() => documentExtension({ [EXTENSION]: extension }, WHERE)).toThrow(error);
  });
});

describe("vendorErrorFormat", () => {
  const twilioSchemas = {
    components: {
      schemas: { E: { properties: { code: {}, message: {}, more_info: {} } } },
    },
  };

  test.each<{ name: string; document: unknown; format: string }>([
    { name: "detected from the schemas", document: twilioSchemas, format: "twilio" },
    {
      name: "x-switchboard.errorFormat over the schemas",
      document: { ...twilioSchemas, [EXTENSION]: { errorFormat: "fastapi" } },
      format: "fastapi",
    },
    { name: "problem when nothing says otherwise", document: {}, format: "problem" },
  ])("$name: $format", ({ document, format }) => {
    expect(vendorErrorFormat(document, WHERE)).toBe(format);
  });

  test("refuses an unknown x-switchboard.errorFormat", () => {
    expect(() => vendorErrorFormat({ [EXTENSION]: { errorFormat: "xml" } }, WHERE)).toThrow(
      `${WHERE}: x-switchboard.errorFormat must be one of`,
    );
  });
});

describe("credentialOptions (x-switchboard on a security scheme)", () => {
  const SCHEME = `${WHERE}: security scheme Auth`;

  test.each<{ kind: SchemeKind; options: Record<string, string> }>([
    { kind: "apiKey", options: { apiKey: "apiKey" } },
    { kind: "bearer", options: { token: "token" } },
    { kind: "basic", options: { username: "username", password: "password" } },
  ])("defaults a $kind scheme's options to $options", ({ kind, options }) => {
    expect(DEFAULT_CREDENTIAL_OPTIONS[kind]).toEqual(Object.keys(options));
    expect(credentialOptions({ type: "http" }, kind, SCHEME)).toStrictEqual(options);
  });

  test.each<{ kind: SchemeKind; renames: Record<string, string>; options: Record<string, string> }>(
    [
      {
        kind: "basic",
        renames: { username: "accountSid", password: "authToken" },
        options: { username: "accountSid", password: "authToken" },
      },
      {
        kind: "basic",
        renames: { password: "secret" },
        options: { username: "username", password: "secret" },
      },
      { kind: "bearer", renames: { token: "accessToken" }, options: { token: "accessToken" } },
      { kind: "apiKey", renames: { apiKey: "key" }, options: { apiKey: "key" } },
      { kind: "apiKey", renames: {}, options: { apiKey: "apiKey" } },
    ],
  )("renames a $kind scheme's options by $renames", ({ kind, renames, options }) => {
    const scheme = { type: "http", [EXTENSION]: { credentialOptions: renames } };
    expect(credentialOptions(scheme, kind, SCHEME)).toStrictEqual(options);
  });

  // Each refusal names the scheme, the field and the rule.
  test.each<{ kind: SchemeKind; extension: unknown; error: string }>([
    { kind: "bearer", extension: true, error: `${SCHEME}: x-switchboard must be an object` },
    {
      kind: "bearer",
      extension: { key: "acme" },
      error: `${SCHEME}: x-switchboard has unknown field(s) key; allowed: credentialOptions`,
    },
    {
      kind: "bearer",
      extension: {},
      error: `${SCHEME}: x-switchboard.credentialOptions must be an object`,
    },
    {
      kind: "bearer",
      extension: { credentialOptions: ["token"] },
      error: `${SCHEME}: x-switchboard.credentialOptions must be an object`,
    },
    {
      kind: "apiKey",
      extension: { credentialOptions: { token: "key" } },
      error: `${SCHEME}: x-switchboard.credentialOptions (apiKey scheme) has unknown field(s) token; allowed: apiKey`,
    },
    {
      kind: "basic",
      extension: { credentialOptions: { user: "accountSid", secret: "authToken" } },
      error: `${SCHEME}: x-switchboard.credentialOptions (basic scheme) has unknown field(s) user, secret; allowed: username, password`,
    },
    {
      kind: "bearer",
      extension: { credentialOptions: { token: "access-token" } },
      error: `${SCHEME}: x-switchboard.credentialOptions.token must be a JavaScript identifier, got "access-token"`,
    },
    {
      kind: "basic",
      extension: { credentialOptions: { password: 42 } },
      error: `${SCHEME}: x-switchboard.credentialOptions.password must be a JavaScript identifier, got 42`,
    },
  ])("refuses $extension on a $kind scheme", ({ kind, extension, error }) => {
    expect(() => credentialOptions({ [EXTENSION]: extension }, kind, SCHEME)).toThrow(error);
  });
});
