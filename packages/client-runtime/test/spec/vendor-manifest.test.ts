import { describe, expect, test } from "vitest";
import { describeVendor, type VendorManifest } from "../../src/spec/index.js";

const ENTRY = { api: "acme-voice@v1", spec: "specs/acme-voice.yaml" };

/** A tiny spec: one PATCH with a JSON body, bearer auth, a templated server. */
function spec(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: { title: "Acme Voice API", version: "2024-01" },
    servers: [
      {
        url: "https://{region}.acme.test/{api_base}",
        variables: {
          region: { default: "eu", enum: ["eu", "us"], description: "Data region" },
          api_base: { default: "v1" },
        },
      },
      { url: "https://ignored.test" },
    ],
    security: [{ AcmeBearer: [] }],
    paths: {
      "/queues/{id}": {
        patch: { operationId: "updateQueue" },
        get: { operationId: "getQueue", security: [{ AcmeBearer: [] }] },
      },
    },
    components: { securitySchemes: { AcmeBearer: { type: "http", scheme: "bearer" } } },
    ...overrides,
  };
}

describe("describeVendor", () => {
  test("derives a full manifest entry from the API's name and its spec", () => {
    expect(describeVendor(ENTRY, spec())).toStrictEqual<VendorManifest>({
      name: "acme-voice",
      api: "acme-voice@v1",
      spec: "specs/acme-voice.yaml",
      bundle: "packages/acme-voice/src/generated/openapi.json",
      key: "acmeVoice",
      packageName: "@switchboard/acme-voice",
      packageDir: "packages/acme-voice",
      typeName: "AcmeVoice",
      clientFactory: "createAcmeVoiceClient",
      title: "Acme Voice API",
      version: "2024-01",
      errorFormat: "problem",
      auth: { scheme: "AcmeBearer", kind: "bearer", options: { secret: "token" } },
      serverVariables: [
        {
          name: "region",
          option: "region",
          default: "eu",
          description: "Data region",
          enum: ["eu", "us"],
        },
        { name: "api_base", option: "apiBase", default: "v1" },
      ],
      operations: [
        { operationId: "getQueue", method: "get", path: "/queues/{id}" },
        { operationId: "updateQueue", method: "patch", path: "/queues/{id}" },
      ],
    });
  });

  test.each<{ name: string; schemes: Record<string, unknown>; auth: unknown }>([
    {
      name: "a header API key",
      schemes: { Acme: { type: "apiKey", in: "header", name: "X-Acme-Key" } },
      auth: { scheme: "Acme", kind: "apiKey", header: "X-Acme-Key", options: { secret: "apiKey" } },
    },
    {
      name: "HTTP basic",
      schemes: { Acme: { type: "http", scheme: "basic" } },
      auth: {
        scheme: "Acme",
        kind: "basic",
        options: { secret: "password", username: "username" },
      },
    },
    {
      name: "HTTP basic with the vendor's option names",
      schemes: {
        Acme: {
          type: "http",
          scheme: "Basic",
          "x-switchboard": { credentialOptions: { username: "accountSid", password: "authToken" } },
        },
      },
      auth: {
        scheme: "Acme",
        kind: "basic",
        options: { secret: "authToken", username: "accountSid" },
      },
    },
    {
      name: "a bearer token renamed",
      schemes: {
        Acme: {
          type: "http",
          scheme: "bearer",
          "x-switchboard": { credentialOptions: { token: "accessToken" } },
        },
      },
      auth: { scheme: "Acme", kind: "bearer", options: { secret: "accessToken" } },
    },
  ])("auth from $name", ({ schemes, auth }) => {
    const document = spec({
      security: [{ Acme: [] }],
      components: { securitySchemes: schemes },
      paths: { "/q": { put: { operationId: "q" } } },
    });
    expect(describeVendor(ENTRY, document).auth).toStrictEqual(auth);
  });

  test("security on the operations alone is enough", () => {
    const document = spec({
      security: undefined,
      paths: { "/q": { put: { operationId: "q", security: [{ AcmeBearer: ["write"] }] } } },
    });
    expect(describeVendor(ENTRY, document).auth.scheme).toBe("AcmeBearer");
  });

  test("x-switchboard.key and errorFormat override the defaults", () => {
    const document = spec({ "x-switchboard": { key: "acme", errorFormat: "twilio" } });
    const vendor = describeVendor(ENTRY, document);
    expect(vendor.key).toBe("acme");
    expect(vendor.errorFormat).toBe("twilio");
    // The other names still come from the API's name.
    expect(vendor.clientFactory).toBe("createAcmeVoiceClient");
  });

  test("the error format is detected from the schemas", () => {
    const document = spec({
      components: {
        securitySchemes: { AcmeBearer: { type: "http", scheme: "bearer" } },
        schemas: { HTTPValidationError: { properties: { detail: { type: "array" } } } },
      },
    });
    expect(describeVendor(ENTRY, document).errorFormat).toBe("fastapi");
  });

  test("a spec without servers has no server variables", () => {
    expect(describeVendor(ENTRY, spec({ servers: undefined })).serverVariables).toEqual([]);
  });

  const bearer = { type: "http", scheme: "bearer" };
  // Each refusal names the API and says what rule was broken.
  test.each<{ name: string; api?: string; document: unknown; error: string }>([
    {
      name: "a name that cannot be a prefix",
      api: "Acme_Voice@v1",
      document: spec(),
      error: 'API "Acme_Voice@v1": its name must be lower-case words joined by "-"',
    },
    {
      name: "no info",
      document: spec({ info: undefined }),
      error: "acme-voice@v1: the spec has no info",
    },
    { name: "no document", document: null, error: "acme-voice@v1: the spec has no info" },
    {
      name: "no security",
      document: spec({ security: undefined, paths: { "/q": { put: { operationId: "q" } } } }),
      error:
        "acme-voice@v1: the operations must use exactly one security scheme (the client takes one credential), found none",
    },
    {
      name: "two schemes",
      document: spec({
        paths: { "/q": { put: { operationId: "q", security: [{ Other: [] }] } } },
        components: { securitySchemes: { AcmeBearer: bearer, Other: bearer } },
      }),
      error:
        "acme-voice@v1: the operations must use exactly one security scheme (the client takes one credential), found AcmeBearer, Other",
    },
    {
      name: "a scheme that is not defined",
      document: spec({ components: {} }),
      error:
        "acme-voice@v1: security scheme AcmeBearer is not defined in components.securitySchemes",
    },
    ...[
      { kind: "OAuth 2", scheme: { type: "oauth2", flows: {} } },
      { kind: "OpenID Connect", scheme: { type: "openIdConnect", openIdConnectUrl: "https://x" } },
      { kind: "an API key in the query", scheme: { type: "apiKey", in: "query", name: "key" } },
      { kind: "an API key in a cookie", scheme: { type: "apiKey", in: "cookie", name: "key" } },
      { kind: "HTTP digest", scheme: { type: "http", scheme: "digest" } },
    ].map(({ kind, scheme }) => ({
      name: `an unsupported scheme: ${kind}`,
      document: spec({ components: { securitySchemes: { AcmeBearer: scheme } } }),
      error:
        "acme-voice@v1: security scheme AcmeBearer: only header API keys and HTTP basic or bearer are supported",
    })),
    ...["baseUrl", "fetch", "headers", "signal"].map((option) => ({
      name: `a credential option named ${option}`,
      document: spec({
        components: {
          securitySchemes: {
            AcmeBearer: { ...bearer, "x-switchboard": { credentialOptions: { token: option } } },
          },
        },
      }),
      error: `acme-voice@v1: client option "${option}" is taken (by openapi-fetch, fetch or another credential or server variable); rename it with x-switchboard`,
    })),
    {
      name: "a server variable named as a reserved option",
      document: spec({
        servers: [{ url: "https://{base_url}", variables: { base_url: { default: "x" } } }],
      }),
      error: 'acme-voice@v1: client option "baseUrl" is taken',
    },
    {
      name: "a server variable named as the credential",
      document: spec({
        servers: [{ url: "https://{token}", variables: { token: { default: "x" } } }],
      }),
      error: 'acme-voice@v1: client option "token" is taken',
    },
    {
      name: "basic's two options renamed alike",
      document: spec({
        components: {
          securitySchemes: {
            AcmeBearer: {
              type: "http",
              scheme: "basic",
              "x-switchboard": { credentialOptions: { username: "login", password: "login" } },
            },
          },
        },
      }),
      error: 'acme-voice@v1: client option "login" is taken',
    },
    {
      name: "a server variable that makes no option name",
      document: spec({
        servers: [{ url: "https://{1st}", variables: { "1st": { default: "x" } } }],
      }),
      error: 'acme-voice@v1: server variable "1st" makes no client option name',
    },
    {
      name: "a bad x-switchboard.key",
      document: spec({ "x-switchboard": { key: "acme-voice" } }),
      error: "acme-voice@v1: x-switchboard.key must be a JavaScript identifier (the facade's key)",
    },
    {
      name: "a bad x-switchboard.errorFormat",
      document: spec({ "x-switchboard": { errorFormat: "soap" } }),
      error: "acme-voice@v1: x-switchboard.errorFormat must be one of fastapi, twilio, problem",
    },
    {
      name: "an operation without operationId",
      document: spec({ paths: { "/q": { put: {} } } }),
      error: "PUT /q has no operationId",
    },
  ])("refuses $name", ({ api = ENTRY.api, document, error }) => {
    expect(() => describeVendor({ ...ENTRY, api }, document)).toThrow(error);
  });
});
