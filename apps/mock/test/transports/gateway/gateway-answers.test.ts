/*
 * The gateway over HTTP: which answers it marks as its own (`x-mock-source: gateway`), the
 * CORS headers every answer carries, preflights included, and how long idle connections live.
 */
import { GATEWAY_SOURCE, MOCK_SOURCE_HEADER } from "@switchboard/client-runtime";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMockGateway, type AnyVendors, type MockGateway } from "../../../src/index.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const ORIGIN = "http://localhost:5173";
const BASIC = `Basic ${Buffer.from("AC1:secret-token").toString("base64")}`;
const FORM = "application/x-www-form-urlencoded";
const BODY_LIMIT = 1024;

let gateway: MockGateway<AnyVendors>;
let listed: MockGateway<AnyVendors>;
let noCors: MockGateway<AnyVendors>;
beforeAll(async () => {
  [gateway, listed, noCors] = await Promise.all([
    startMockGateway({ specs: FIXTURES, bodyLimitBytes: BODY_LIMIT }),
    startMockGateway({ specs: FIXTURES, cors: { origins: [ORIGIN] } }),
    startMockGateway({ specs: FIXTURES, cors: false }),
  ]);
});
afterAll(() => Promise.all([gateway, listed, noCors].map((started) => started.close())));

interface Call {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

const thing: Call = {
  path: "/mini/v1/Things/TH1.json",
  method: "POST",
  headers: { authorization: BASIC, "content-type": FORM },
  body: "Name=new",
};

function call(on: MockGateway<AnyVendors>, { path, method = "GET", headers, body }: Call) {
  return fetch(`${on.url}${path}`, { method, headers: { origin: ORIGIN, ...headers }, body });
}

const withHeaders = (headers: Record<string, string>): Call => ({
  ...thing,
  headers: { ...thing.headers, ...headers },
});

const cases: { name: string; call: Call; status: number; own: boolean }[] = [
  // The gateway's own answers.
  { name: "an unknown vendor prefix", call: { path: "/nope/v1" }, status: 404, own: true },
  {
    name: "a wrong method on /__health",
    call: { path: "/__health", method: "POST" },
    status: 405,
    own: true,
  },
  {
    name: "a wrong method on /__journal",
    call: { path: "/__journal", method: "PUT" },
    status: 405,
    own: true,
  },
  { name: "GET /__health", call: { path: "/__health" }, status: 200, own: true },
  {
    name: "a malformed fault header",
    call: withHeaders({ "x-mock-fault": "bogus" }),
    status: 400,
    own: true,
  },
  {
    name: "an undocumented Prefer: code=",
    call: withHeaders({ prefer: "code=503" }),
    status: 400,
    own: true,
  },
  {
    name: "an unknown Prefer: example=",
    call: withHeaders({ prefer: "example=nope" }),
    status: 400,
    own: true,
  },
  {
    name: "a body over the limit",
    call: { ...thing, body: `Name=${"a".repeat(BODY_LIMIT)}` },
    status: 413,
    own: true,
  },
  // The mocked vendor's answers.
  { name: "the documented example", call: thing, status: 200, own: false },
  {
    name: "a documented Prefer: code=",
    call: withHeaders({ prefer: "code=400" }),
    status: 400,
    own: false,
  },
  {
    name: "a validation error",
    call: { ...thing, body: 'Meta={"color":1}' },
    status: 400,
    own: false,
  },
  { name: "no credentials", call: withHeaders({ authorization: "" }), status: 401, own: false },
  {
    name: "an injected fault status",
    call: withHeaders({ "x-mock-fault": "status=503" }),
    status: 503,
    own: false,
  },
  {
    name: "an unknown path of the vendor",
    call: { ...thing, path: "/mini/v1/Nope" },
    status: 404,
    own: false,
  },
];

describe.each(cases)("$name", ({ call: request, status, own }) => {
  test(`answers ${status}, ${own ? "marked as the gateway's own" : "unmarked"}`, async () => {
    const response = await call(gateway, request);
    expect(response.status, await response.text()).toBe(status);
    expect(response.headers.get(MOCK_SOURCE_HEADER)).toBe(own ? GATEWAY_SOURCE : null);
  });

  test("carries the CORS headers", async () => {
    const response = await call(gateway, request);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(response.headers.get("access-control-expose-headers")).toBe(
      `x-request-id, ${MOCK_SOURCE_HEADER}, x-switchboard-violations, retry-after`,
    );
    expect(response.headers.get("vary")).toBe("Origin");
  });
});

describe("a preflight", () => {
  const preflight = (on: MockGateway<AnyVendors>, path: string, origin = ORIGIN) =>
    fetch(`${on.url}${path}`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, x-mock-fault",
      },
    });

  test.each(["/mini/v1/Things/TH1.json", "/__journal", "/__health", "/nope"])(
    "to %s is a 204 allowing what it asks for, and is not journaled",
    async (path) => {
      const journaled = gateway.journal.list().length;
      const response = await preflight(gateway, path);
      expect(response.status).toBe(204);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "access-control-allow-origin": ORIGIN,
        "access-control-allow-credentials": "true",
        "access-control-allow-methods": "POST",
        "access-control-allow-headers": "authorization, x-mock-fault",
        "access-control-max-age": "600",
        vary: "Origin",
      });
      expect(gateway.journal.list()).toHaveLength(journaled);
    },
  );

  test("from a listed origin is allowed; from another, it is not", async () => {
    const allowed = await preflight(listed, thing.path);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const other = await preflight(listed, thing.path, "https://evil.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    expect(other.headers.get("access-control-allow-methods")).toBeNull();
    const answer = await fetch(`${listed.url}${thing.path}`, {
      ...thing,
      headers: { ...thing.headers, origin: "https://evil.example" },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("with CORS off, is an OPTIONS request like any other, and no answer has CORS headers", async () => {
    const response = await preflight(noCors, thing.path);
    expect(response.status).toBe(405);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const answer = await call(noCors, thing);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    expect(answer.headers.get("vary")).toBeNull();
  });
});

test("an idle connection is kept a minute, and clients are told so: they pool it that long", async () => {
  const response = await call(gateway, thing);
  await response.arrayBuffer();
  expect(response.headers.get("keep-alive")).toBe("timeout=60");
});

test("a malformed origin in the cors option stops the gateway from starting", async () => {
  await expect(
    startMockGateway({ specs: FIXTURES, cors: { origins: ["localhost:3000"] } }),
  ).rejects.toThrow(/^cors\.origins\[0\] must be an origin/);
});
