/**
 * The test-side helpers over the admin API, on a fixture spec of its own, over both transports
 * (a real gateway, and the MSW handlers in this process): queued answers, the journal, waits,
 * sessions and reset, and the types they are keyed by. One case list, two transports.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, test } from "vitest";
import {
  connectMockGateway,
  MockExpectationError,
  startMockGateway,
  type AnyVendors,
  type MockControl,
  type MockGateway,
  type StateSeedFor,
  type StubFor,
} from "../../src/index.js";
import { createMockHandlers } from "../../src/msw.js";
import { QUEUES_SPEC } from "../support/queues-vendor.js";

const SETUP = { specs: QUEUES_SPEC, maxRetryAfterSeconds: 1 };

/** A transport started for a block of tests: the helpers over it, and how to stop it. */
interface Started {
  control: MockControl<AnyVendors>;
  close(): Promise<void>;
}

const TRANSPORTS: { transport: string; start(): Promise<Started> }[] = [
  {
    transport: "node:http gateway",
    async start() {
      const gateway = await startMockGateway(SETUP);
      return { control: gateway, close: () => gateway.close() };
    },
  },
  {
    transport: "MSW handlers",
    async start() {
      const mock = await createMockHandlers(SETUP);
      const server = setupServer(...mock.handlers);
      server.listen({ onUnhandledRequest: "error" });
      return { control: mock, close: async () => server.close() };
    },
  },
];

describe.each(TRANSPORTS)("over the $transport", ({ start }) => {
  let started: Started;
  let gateway: MockControl<AnyVendors>;
  beforeAll(async () => {
    started = await start();
    gateway = started.control;
  });
  afterAll(() => started.close());
  beforeEach(() => gateway.reset());

  const queue = { vendor: "queues", operation: "updateQueue" } as const;

  /** A valid update through a handle's own base URL and credentials. */
  async function update(
    control: MockControl<AnyVendors>,
    queueId = "q1",
    body: object = { paused: true },
  ): Promise<Response> {
    const { token, baseUrl } = control.switchboardOptions().queues!;
    return fetch(`${baseUrl}/v1/queues/${queueId}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  describe("wiring", () => {
    test("base URLs and facade options by the facade's key, with credentials the gateway accepts", async () => {
      expect(gateway.vendors).toStrictEqual({ queues: `${gateway.url}/queues` });
      expect(gateway.switchboardOptions()).toStrictEqual({
        queues: { token: expect.any(String), baseUrl: `${gateway.url}/queues` },
      });
      expect((await update(gateway)).status).toBe(200);
    });
  });

  describe("queued answers", () => {
    test("a status for the next request only, then the documented answer again", async () => {
      const stub = await gateway.stub({
        ...queue,
        times: 1,
        answer: { status: 503, retryAfter: 1 },
      });
      expect(stub).toMatchObject({ remaining: 1, matched: 0 });
      const first = await update(gateway);
      expect([first.status, first.headers.get("retry-after")]).toStrictEqual([503, "1"]);
      expect((await update(gateway)).status).toBe(200);
      expect(await gateway.stubs()).toStrictEqual([]);
    });

    test("a documented example by name, its Retry-After capped by maxRetryAfterSeconds", async () => {
      await gateway.stub({ ...queue, answer: { example: "rateLimited" } });
      const response = await update(gateway);
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBe("1");
      expect(await response.json()).toStrictEqual({ detail: "Rate limit exceeded" });
    });

    test("matched by path parameters and by body", async () => {
      await gateway.stub({
        ...queue,
        pathParams: { queue_id: "q2" },
        answer: { example: "notFound" },
      });
      await gateway.stub({ ...queue, body: { name: "closed" }, answer: { status: 503 } });
      expect((await update(gateway, "q1")).status).toBe(200);
      expect((await update(gateway, "q2")).status).toBe(404);
      expect((await update(gateway, "q1", { name: "closed" })).status).toBe(503);
    });

    test("a reset drops the connection; removing the stub restores the answer", async () => {
      const stub = await gateway.stub({ vendor: "queues", answer: { delayMs: 5, reset: true } });
      await expect(update(gateway)).rejects.toThrow();
      await stub.remove();
      expect((await update(gateway)).status).toBe(200);
    });

    test("a queued status or example answers any request it matches, valid or not", async () => {
      await gateway.stub({ ...queue, times: 1, answer: { example: "rateLimited" } });
      await gateway.stub({ ...queue, times: 1, answer: { status: 200, example: "paused" } });
      const unauthenticated = await fetch(`${gateway.vendors.queues}/v1/queues/q1`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ paused: "yes", extra: 1 }),
      });
      expect(unauthenticated.status).toBe(200);
      expect(await unauthenticated.json()).toStrictEqual({
        id: "q1",
        name: "support",
        paused: true,
      });
      const malformed = await fetch(`${gateway.vendors.queues}/v1/queues/q1`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: "{",
      });
      expect(malformed.status).toBe(429);
      expect(await gateway.stubs()).toStrictEqual([]);
    });

    test("a delay alone leaves the request checked and answered as documented", async () => {
      await gateway.stub({ ...queue, answer: { delayMs: 1 } });
      expect((await update(gateway, "q1", { paused: "yes" })).status).toBe(422);
      expect((await update(gateway)).status).toBe(200);
    });

    test("a request the vendor's router redirects uses no queued answer", async () => {
      await gateway.stub({ ...queue, times: 1, answer: { status: 503 } });
      const redirected = await fetch(`${gateway.vendors.queues}/v1/queues/q1/`, {
        method: "PATCH",
        redirect: "manual",
      });
      expect(redirected.status).toBe(307);
      expect(await gateway.stubs()).toMatchObject([{ remaining: 1 }]);
      expect((await update(gateway)).status).toBe(503);
    });

    test("a bad stub is refused with the field and the rule, and nothing is queued", async () => {
      const bad = { ...queue, answer: { example: "nope" } } as unknown as StubFor<AnyVendors>;
      await expect(gateway.stub(bad)).rejects.toThrow(
        "/__admin/stubs answered 400: Bad stub: answer.example: not documented (documented: updated, paused, notFound, rateLimited)",
      );
      expect(await gateway.stubs()).toStrictEqual([]);
    });
  });

  describe("the journal", () => {
    test("queried by operation and status", async () => {
      await gateway.stub({ ...queue, times: 1, answer: { status: 503 } });
      await update(gateway);
      await update(gateway);
      const failed = await gateway.requests({ vendor: "queues", status: 503 });
      expect(failed.map(({ status }) => status)).toStrictEqual([503]);
      expect(await gateway.requests({ operation: "updateQueue", since: new Date() })).toStrictEqual(
        [],
      );
    });

    test("waitForRequest resolves with a request that arrives while it waits", async () => {
      const waited = gateway.waitForRequest(
        { vendor: "queues", status: 200 },
        { timeoutMs: 5_000 },
      );
      await update(gateway);
      expect(await waited).toMatchObject({
        vendor: "queues",
        operationId: "updateQueue",
        status: 200,
      });
    });

    test("a wait that times out shows the closest request and how it differs", async () => {
      await update(gateway);
      const missed = gateway.waitForRequest({ vendor: "queues", status: 503 }, { timeoutMs: 50 });
      await expect(missed).rejects.toBeInstanceOf(MockExpectationError);
      await expect(missed).rejects.toThrow(
        /Closest journaled request: PATCH queues \/v1\/queues\/q1 → 200/,
      );
      await expect(missed).rejects.toThrow("status: wanted 503, got 200");
    });
  });

  describe("sessions", () => {
    test("stubs, journal and reset of one session leave the others alone", async () => {
      const a = gateway.session("file-a");
      const b = gateway.session();
      expect(a.vendors.queues).toBe(`${gateway.url}/__session/file-a/queues`);
      await a.stub({ ...queue, answer: { status: 503 } });
      expect((await update(b)).status).toBe(200);
      expect((await update(gateway)).status).toBe(200);
      expect((await update(a)).status).toBe(503);
      expect((await a.requests()).map(({ session }) => session)).toStrictEqual(["file-a"]);
      expect(await gateway.requests()).toHaveLength(3);

      await a.reset();
      expect(await a.requests()).toStrictEqual([]);
      expect(await a.stubs()).toStrictEqual([]);
      expect(await b.requests()).toHaveLength(1);
    });

    test("a redirect the vendor's router makes stays in the session", async () => {
      const a = gateway.session("file-a");
      const response = await fetch(`${a.vendors.queues}/v1/queues/q1/`, {
        method: "PATCH",
        redirect: "manual",
      });
      expect(response.status).toBe(307);
      expect(response.headers.get("location")).toBe("/__session/file-a/queues/v1/queues/q1");
    });

    test("a session key that cannot be one is refused", async () => {
      expect(() => gateway.session("a/b")).toThrow(
        `session key must be 1 to 64 letters, digits, '-' or '_', got "a/b"`,
      );
      const response = await fetch(`${gateway.url}/__session/a%20b/queues/v1/queues/q1`);
      expect(response.status).toBe(400);
    });
  });

  describe("the admin API over HTTP", () => {
    test.each<[string, string, number, RegExp]>([
      ["GET", "/__admin/nothing", 404, /No admin route \/__admin\/nothing/],
      ["PUT", "/__admin/stubs", 405, /Use GET, POST or DELETE on \/__admin\/stubs/],
      ["DELETE", "/__admin/stubs/unknown-id", 404, /No stub unknown-id/],
      ["GET", "/__admin/reset", 405, /Use POST on \/__admin\/reset/],
      ["GET", "/__admin/stubs?session=a%2Fb", 400, /session: must be 1 to 64/],
      ["GET", "/__journal/wait?timeoutMs=99999999", 400, /timeoutMs: must be whole milliseconds/],
    ])("%s %s: %i", async (method, path, status, error) => {
      const response = await fetch(`${gateway.url}${path}`, { method });
      expect(response.status).toBe(status);
      expect(response.headers.get("x-mock-source")).toBe("gateway");
      expect(String(((await response.json()) as { error: string }).error)).toMatch(error);
    });

    test("a stub body that is not JSON is a 400", async () => {
      const response = await fetch(`${gateway.url}/__admin/stubs`, { method: "POST", body: "{" });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(
        /^The stub must be JSON/,
      );
    });
  });
});

describe("connecting to a running gateway", () => {
  let gateway: MockGateway<AnyVendors>;
  beforeAll(async () => {
    gateway = await startMockGateway(SETUP);
  });
  afterAll(() => gateway.close());

  test("connectMockGateway reads the same wiring from a running gateway's /__health", async () => {
    const connected = await connectMockGateway<AnyVendors>(`${gateway.url}/`);
    expect(connected.vendors).toStrictEqual(gateway.vendors);
    expect(connected.switchboardOptions()).toStrictEqual(gateway.switchboardOptions());
  });

  test("connectMockGateway to nothing says so", async () => {
    await expect(connectMockGateway("http://127.0.0.1:9")).rejects.toThrow(
      "No mock gateway answers at http://127.0.0.1:9",
    );
  });
});

describe("types", () => {
  test("the manifest's gateway is keyed by the facade's vendor keys", () => {
    type Vendors = MockGateway["vendors"];
    expectTypeOf<Vendors>().toHaveProperty("twilioFlex").toEqualTypeOf<string>();
    expectTypeOf<Vendors>().not.toHaveProperty("twilio-flex");
    expectTypeOf<ReturnType<MockGateway["switchboardOptions"]>["twilioFlex"]>().toEqualTypeOf<
      {
        readonly accountSid: string;
        readonly authToken: string;
      } & { readonly baseUrl: string }
    >();
  });

  test("stubs are checked against the manifest's operations and examples", () => {
    type Stub = StubFor<MockGateway extends MockControl<infer V> ? V : never>;
    const valid: Stub = {
      vendor: "twilioFlex",
      operation: "updateInteractionChannel",
      pathParams: { InteractionSid: "KD1" },
      answer: { example: "tooManyRequests" },
    };
    // @ts-expect-error: the facade key is twilioFlex
    const misspeltVendor: Stub = { vendor: "twilio-flex", answer: { status: 503 } };
    // @ts-expect-error: tooManyRequests is not an example of updateChannel
    const wrongExample: Stub = {
      vendor: "syllable",
      operation: "updateChannel",
      answer: { example: "tooManyRequests" },
    };
    const wrongParameter: Stub = {
      vendor: "twilioFlex",
      operation: "updateInteractionChannel",
      // @ts-expect-error: the spec spells it InteractionSid
      pathParams: { interactionsid: "KD1" },
      answer: { status: 404 },
    };
    expect([valid, misspeltVendor, wrongExample, wrongParameter]).toHaveLength(4);
  });

  test("seeds are checked against the manifest's operations and path parameters", () => {
    type Seed = StateSeedFor<MockGateway extends MockControl<infer V> ? V : never>;
    const valid: Seed = {
      vendor: "watsonxOrchestrate",
      operation: "updatePhoneConfig",
      pathParams: { config_id: "b6a1f0d2-4c3e-4f5a-9b8c-7d6e5f4a3b21" },
      resource: { name: "Support line" },
    };
    // @ts-expect-error: updatePhoneConfig is watsonx Orchestrate's, not Syllable's
    const wrongOperation: Seed = {
      vendor: "syllable",
      operation: "updatePhoneConfig",
      resource: {},
    };
    const wrongParameter: Seed = {
      vendor: "syllable",
      operation: "updateOutboundCampaign",
      // @ts-expect-error: the spec spells it campaign_id
      pathParams: { campaignId: "1" },
      resource: {},
    };
    expect([valid, wrongOperation, wrongParameter]).toHaveLength(3);
  });
});
