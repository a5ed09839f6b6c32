/**
 * Stateful mode through the test-side helpers, over both transports: an update sees the one
 * before it, seeds are where updates start, and clear, reset and sessions scope the state.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startMockGateway, type AnyVendors, type MockControl } from "../../src/index.js";
import { createMockHandlers } from "../../src/msw.js";
import { QUEUES_SPEC } from "../support/queues-vendor.js";

const SETUP = { specs: QUEUES_SPEC, stateful: true };

const TRANSPORTS: {
  transport: string;
  start(): Promise<{ control: MockControl<AnyVendors>; close(): Promise<void> }>;
}[] = [
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

async function update(control: MockControl<AnyVendors>, queueId: string, body: object) {
  const { token, baseUrl } = control.switchboardOptions().queues!;
  const response = await fetch(`${baseUrl}/v1/queues/${queueId}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe.each(TRANSPORTS)("over the $transport", ({ start }) => {
  let mock: MockControl<AnyVendors>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ control: mock, close } = await start());
  });
  afterAll(() => close());
  beforeEach(() => mock.reset());

  test("an update starts from the one before it; the first from the documented example", async () => {
    expect(await update(mock, "q7", { paused: true })).toStrictEqual({
      status: 200,
      body: { id: "q7", name: "support", paused: true },
    });
    expect((await update(mock, "q7", { name: "sales" })).body).toStrictEqual({
      id: "q7",
      name: "sales",
      paused: true,
    });
    expect(await mock.state()).toStrictEqual([
      {
        vendor: "queues",
        operation: "updateQueue",
        key: "/v1/queues/q7",
        session: null,
        resource: { id: "q7", name: "sales", paused: true },
      },
    ]);
  });

  test("a seed is where the next update starts", async () => {
    const entry = await mock.seedState({
      vendor: "queues",
      operation: "updateQueue",
      pathParams: { queue_id: "q2" },
      resource: { id: "q2", name: "billing", paused: true },
    });
    expect(entry).toMatchObject({ key: "/v1/queues/q2", session: null });
    expect((await update(mock, "q2", { paused: false })).body).toStrictEqual({
      id: "q2",
      name: "billing",
      paused: false,
    });
  });

  test("a bad seed is refused with the field and the rule, and nothing is stored", async () => {
    await expect(
      mock.seedState({
        vendor: "queues",
        operation: "updateQueue",
        pathParams: { queue_id: "q3" },
        resource: { id: "q3", paused: "yes" },
      }),
    ).rejects.toThrow(/^\/__admin\/state answered 400: Bad seed: resource\.paused: .*boolean/);
    expect(await mock.state()).toStrictEqual([]);
  });

  test("clearState and reset forget the updates: the example again", async () => {
    await update(mock, "q4", { name: "sales" });
    await mock.clearState();
    expect((await update(mock, "q4", {})).body).toStrictEqual({
      id: "q4",
      name: "support",
      paused: false,
    });
    await mock.reset();
    expect(await mock.state()).toStrictEqual([]);
  });

  test("a session's resources are its own, and so are its clear and reset", async () => {
    const a = mock.session("state-a");
    const b = mock.session("state-b");
    await update(a, "q5", { name: "from a" });
    expect((await update(b, "q5", {})).body).toMatchObject({ name: "support" });
    expect((await update(mock, "q5", {})).body).toMatchObject({ name: "support" });
    await b.reset();
    expect((await a.state()).map(({ resource }) => resource)).toStrictEqual([
      { id: "q5", name: "from a", paused: false },
    ]);
    expect((await mock.state()).map(({ session }) => session).sort()).toStrictEqual([
      null,
      "state-a",
    ]);
  });
});
