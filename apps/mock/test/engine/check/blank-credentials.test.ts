import { beforeAll, describe, expect, test } from "vitest";
import {
  withoutBlankCredentials,
  type CredentialCarrier,
  type SecurityScheme,
} from "../../../src/engine/check/blank-credentials.js";
import { createMockEngine, type MockEngine } from "../../../src/engine/engine.js";
import type { MockRequest, MockResponse } from "../../../src/types.js";

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

// One security scheme of each kind the check knows, as a spec declares it.
const SCHEMES = {
  basic: { type: "http", scheme: "basic" },
  bearer: { type: "http", scheme: "bearer" },
  oauth2: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "/token", scopes: {} } } },
  apiKeyHeader: { type: "apiKey", in: "header", name: "Vendor-API-Key" },
  apiKeyQuery: { type: "apiKey", in: "query", name: "api_key" },
};

type Kind = keyof typeof SCHEMES;

/** The operation's security as Prism reads it: one requirement of this one scheme. */
const securityOf = (...kinds: Kind[]) =>
  [kinds.map((kind) => ({ key: kind, ...SCHEMES[kind] }))] as unknown as SecurityScheme[][];

/** Where each kind's credential travels. */
function carrying(kind: Kind, value: string | string[]): CredentialCarrier {
  if (kind === "apiKeyQuery") return { headers: {}, query: { api_key: value } };
  const header = kind === "apiKeyHeader" ? "vendor-api-key" : "authorization";
  return { headers: { [header]: value as string }, query: {} };
}

const BLANK: [Kind, string | string[]][] = [
  ["basic", "Basic"],
  ["basic", "Basic "],
  ["basic", `Basic ${base64(":")}`],
  ["basic", `basic ${base64(":")}`],
  ["basic", `Basic ${base64("user:")}`],
  ["basic", `Basic ${base64(":password")}`],
  ["basic", `Basic ${base64(" : ")}`],
  ["basic", `Basic ${base64("no-colon")}`],
  ["basic", "Basic !!not-base64!!"],
  ["basic", "Basic a"],
  ["bearer", "Bearer"],
  ["bearer", "Bearer "],
  ["bearer", "bearer \t "],
  ["bearer", "Bearer \t "],
  ["oauth2", "Bearer  "],
  ["apiKeyHeader", ""],
  ["apiKeyHeader", "   "],
  ["apiKeyHeader", "\t"],
  ["apiKeyQuery", ""],
  ["apiKeyQuery", " "],
  ["apiKeyQuery", ["", " "]],
];

const VALID: [Kind, string | string[]][] = [
  ["basic", `Basic ${base64("AC123:token")}`],
  ["basic", `Basic ${base64("AC123:token").replace(/=+$/, "")}`],
  ["bearer", "Bearer token"],
  ["oauth2", "Bearer token"],
  ["apiKeyHeader", "key-1"],
  ["apiKeyQuery", "key-1"],
];

const KEPT: [Kind, string | string[]][] = [
  ...VALID,
  // A password may hold a colon (RFC 7617); whether Prism takes it is Prism's business.
  ["basic", `Basic ${base64("AC123:to:ken")}`],
  // Another scheme than the one asked for is Prism's to refuse, as before.
  ["basic", "Bearer token"],
  ["basic", ""],
  ["bearer", `Basic ${base64(":")}`],
  ["apiKeyQuery", ["", "key-1"]],
];

describe("withoutBlankCredentials", () => {
  test.each(BLANK)("%s: %j is taken out, as if it were missing", (kind, value) => {
    expect(withoutBlankCredentials(securityOf(kind), carrying(kind, value))).toStrictEqual({
      headers: {},
      query: {},
    });
  });

  test.each(KEPT)("%s: %j is kept for Prism to check", (kind, value) => {
    const request = carrying(kind, value);
    expect(withoutBlankCredentials(securityOf(kind), request)).toStrictEqual(request);
  });

  test("only the credentials of the operation's schemes are looked at", () => {
    const request = { headers: { authorization: "Basic", "x-other": " " }, query: { key: "" } };
    expect(withoutBlankCredentials(securityOf("apiKeyHeader"), request)).toStrictEqual(request);
    expect(withoutBlankCredentials(undefined, request)).toStrictEqual(request);
  });

  test("every scheme of every alternative requirement is looked at", () => {
    const security = [...securityOf("apiKeyHeader", "apiKeyQuery"), ...securityOf("basic")];
    const request = {
      headers: { authorization: `Basic ${base64("u:")}`, "vendor-api-key": "key-1" },
      query: { api_key: " ", page: "2" },
    };
    expect(withoutBlankCredentials(security, request)).toStrictEqual({
      headers: { "vendor-api-key": "key-1" },
      query: { page: "2" },
    });
  });

  test("the caller's request is not changed", () => {
    const request = carrying("basic", "Basic");
    withoutBlankCredentials(securityOf("basic"), request);
    expect(request).toStrictEqual(carrying("basic", "Basic"));
  });
});

/** One operation per kind of scheme, each documenting its 401 with a header and an example. */
function securedSpec() {
  const unauthorized = {
    description: "Unauthorized",
    headers: { "WWW-Authenticate": { schema: { type: "string" }, example: 'Basic realm="x"' } },
    content: {
      "application/json": {
        schema: { type: "object" },
        example: { code: 20003, message: "Authenticate" },
      },
    },
  };
  const operation = (kind: Kind) => ({
    operationId: `update_${kind}`,
    security: [{ [kind]: [] }],
    responses: {
      "200": {
        description: "OK",
        content: { "application/json": { schema: { type: "object" }, example: { ok: true } } },
      },
      "401": unauthorized,
    },
  });
  return {
    openapi: "3.1.0",
    info: { title: "Secured", version: "1" },
    paths: Object.fromEntries(
      Object.keys(SCHEMES).map((kind) => [`/${kind}`, { put: operation(kind as Kind) }]),
    ),
    components: { securitySchemes: SCHEMES },
  };
}

describe("through the engine, a blank credential is answered as a missing one", () => {
  let engine: MockEngine;
  beforeAll(async () => {
    const source = { name: "secured", title: "Secured", version: "1", errorFormat: "twilio" };
    engine = await createMockEngine([{ ...source, document: securedSpec() } as never]);
  });

  async function send(kind: Kind, credential?: ReturnType<typeof carrying>) {
    const vendor = engine.vendors[0]!;
    const request: MockRequest = {
      method: "PUT",
      path: `/${kind}`,
      query: credential?.query ?? {},
      headers: credential?.headers ?? {},
      readBody: async () => Buffer.alloc(0),
    };
    const { status, headers, body } = (await engine.handle(vendor, request)) as MockResponse;
    const { "x-request-id": _id, ...rest } = headers;
    return { status, headers: rest, body };
  }

  test.each(BLANK)("%s: %j", async (kind, value) => {
    const missing = await send(kind);
    expect(missing.status).toBe(401);
    expect(await send(kind, carrying(kind, value))).toStrictEqual(missing);
  });

  test.each(VALID)("%s: %j still gets the success answer", async (kind, value) => {
    const { status } = await send(kind, carrying(kind, value));
    expect(status).toBe(200);
  });
});
