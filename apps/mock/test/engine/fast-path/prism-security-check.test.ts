import { beforeAll, describe, expect, test } from "vitest";
import type { IHttpRequest } from "@stoplight/prism-http";
import { compileSecurityCheck } from "../../../src/engine/fast-path/prism-security-check.js";
import type { PrismOperation } from "../../../src/engine/vendor.js";
import { prismHttp } from "../../../src/prism/load-prism.js";
import { prismValidators } from "../../../src/prism/prism-internals.js";

const SCHEMES = {
  basic: { type: "http", scheme: "basic" },
  bearer: { type: "http", scheme: "bearer" },
  // Prism reads the scheme name in lower case.
  capitalBasic: { type: "http", scheme: "Basic" },
  headerKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
  queryKey: { type: "apiKey", in: "query", name: "api_key" },
  oauth: { type: "oauth2", flows: {} },
};

// One operation per security requirement, named by it.
const SECURITY: Record<string, Record<string, string[]>[]> = {
  none: [],
  basic: [{ basic: [] }],
  bearer: [{ bearer: [] }],
  capitalBasic: [{ capitalBasic: [] }],
  headerKey: [{ headerKey: [] }],
  queryKey: [{ queryKey: [] }],
  oauth: [{ oauth: [] }],
  basicAndKey: [{ basic: [], headerKey: [] }],
  basicOrKey: [{ basic: [] }, { headerKey: [] }],
  optional: [{ bearer: [] }, {}],
};

const DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "Security", version: "1" },
  components: { securitySchemes: SCHEMES },
  paths: Object.fromEntries(
    Object.entries(SECURITY).map(([name, security]) => [
      `/${name}`,
      { get: { operationId: name, security, responses: { "200": { description: "ok" } } } },
    ]),
  ),
};

const BASIC = `Basic ${Buffer.from("user:secret").toString("base64")}`;

function request(headers: Record<string, string> = {}, query = {}): IHttpRequest {
  return { method: "get", url: { path: "/", query }, headers };
}

let operations: Map<string, PrismOperation>;
beforeAll(async () => {
  const all = (await prismHttp.getHttpOperationsFromSpec(
    structuredClone(DOCUMENT),
  )) as PrismOperation[];
  operations = new Map(all.map((operation) => [operation.path.slice(1), operation]));
});

describe("the compiled security check gives Prism's validateSecurity verdict", () => {
  test.each<[string, IHttpRequest, boolean]>([
    ["none", request(), true],
    ["none", request({ authorization: BASIC }), true],
    ["basic", request({ authorization: BASIC }), true],
    [
      "basic",
      request({ authorization: `basic ${Buffer.from("user:secret").toString("base64")}` }),
      true,
    ],
    ["basic", request(), false],
    ["basic", request({ authorization: "" }), false],
    ["basic", request({ authorization: "Basic" }), false],
    [
      "basic",
      request({ authorization: `Basic ${Buffer.from("no-colon").toString("base64")}` }),
      false,
    ],
    ["basic", request({ authorization: "Bearer abc" }), false],
    [
      "basic",
      request({ authorization: `Basic  ${Buffer.from("user:secret").toString("base64")}` }),
      false,
    ],
    [
      "basic",
      request({ authorization: `Basic ${Buffer.from("a:b:c").toString("base64")}` }),
      false,
    ],
    ["bearer", request({ authorization: "Bearer abc" }), true],
    ["bearer", request({ authorization: "Bearer\tabc" }), true],
    ["bearer", request({ authorization: "Bearer abc\n" }), false],
    ["bearer", request({ authorization: "Bearer " }), false],
    ["bearer", request({ authorization: "bearer abc" }), false],
    ["capitalBasic", request({ authorization: BASIC }), true],
    ["headerKey", request({ "x-api-key": "k" }), true],
    ["headerKey", request({ "x-api-key": "" }), false],
    ["headerKey", request(), false],
    ["queryKey", request({}, { api_key: "k" }), true],
    ["queryKey", request({}, { API_KEY: "k" }), false],
    ["queryKey", request(), false],
    ["oauth", request({ authorization: "Bearer t" }), true],
    ["oauth", request({ authorization: BASIC }), false],
    ["basicAndKey", request({ authorization: BASIC, "x-api-key": "k" }), true],
    ["basicAndKey", request({ authorization: BASIC }), false],
    ["basicOrKey", request({ "x-api-key": "k" }), true],
    ["basicOrKey", request({ authorization: BASIC }), true],
    ["basicOrKey", request(), false],
    ["optional", request(), true],
    ["optional", request({ authorization: "Bearer t" }), true],
    ["optional", request({ authorization: BASIC }), false],
  ])("%s: %j", (name, element, expected) => {
    const resource = operations.get(name);
    if (!resource) throw new Error(`no operation ${name}`);
    const prism = prismValidators.validateSecurity({ resource, element })._tag === "Right";
    expect(prism, "Prism's own verdict").toBe(expected);
    expect(compileSecurityCheck(resource)(element)).toBe(expected);
  });
});
