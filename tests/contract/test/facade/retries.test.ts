/**
 * Retries: 408, 429 and 5xx (500, 502-504) and network failures are tried again, up to
 * `retry.attempts`, with backoff or the vendor's `Retry-After`; other 4xx never are. The
 * gateway's journal is the witness: one entry per request sent.
 */
import { beforeEach, describe, expect, test } from "vitest";
import { createSwitchboard, type OperationName } from "@switchboard/sdk";
import { documentedRequest } from "../../support/facade-requests.js";
import { closedPortUrl, faultPlanFetch } from "../../support/fetches.js";
import { gatewayOptions, gatewaySwitchboard } from "../../support/facade.js";
import { clearJournal, readJournal } from "../../support/journal.js";

const TWILIO: OperationName = "twilioFlex.updateInteractionChannel";
const HEALTHING: OperationName = "healthing.updateChannel";

function send(name: OperationName, fault?: string, sb = gatewaySwitchboard()) {
  const { input } = documentedRequest(name);
  return sb.update(name, input as never, fault ? { headers: { "x-mock-fault": fault } } : {});
}

/** A facade whose Twilio and Healthing requests get the given faults, one per attempt. */
function withFaultPlan(plan: string[], retry = { attempts: 3, baseDelayMs: 5, maxDelayMs: 2_000 }) {
  const options = gatewayOptions();
  return createSwitchboard({
    ...options,
    twilioFlex: { ...options.twilioFlex, fetch: faultPlanFetch(plan) },
    healthing: { ...options.healthing, fetch: faultPlanFetch(plan) },
    retry,
  });
}

function gapsMs(times: string[]): number[] {
  return times.slice(1).map((time, index) => Date.parse(time) - Date.parse(times[index]!));
}

beforeEach(() => clearJournal());

describe.each([TWILIO, HEALTHING])("%s", (name) => {
  test.each([
    [408, "timeout"],
    [429, "rate_limited"],
    [500, "server"],
    [502, "server"],
    [503, "server"],
    [504, "server"],
  ] as const)(
    "%i is retried until attempts run out (3), then reported as %s",
    async (status, kind) => {
      const result = await send(name, `status=${status}`);
      expect(!result.ok && result.error).toMatchObject({
        kind,
        status,
        attempts: 3,
        retryable: true,
      });
      expect((await readJournal()).map((entry) => entry.status)).toEqual([status, status, status]);
    },
  );

  test.each([400, 401, 403, 404, 409, 422])("%i is not retried", async (status) => {
    const result = await send(name, `status=${status}`);
    expect(!result.ok && result.error).toMatchObject({ status, attempts: 1, retryable: false });
    expect(await readJournal()).toHaveLength(1);
  });

  test("a 503 then a 429 then success: ok after 3 attempts", async () => {
    const result = await send(name, undefined, withFaultPlan(["status=503", "status=429"]));
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 3 });
    expect((await readJournal()).map((entry) => entry.status)).toEqual([503, 429, 200]);
  });
});

describe("Retry-After", () => {
  test("429 with Retry-After: 1 (seconds): the next attempt waits at least a second", async () => {
    const result = await send(TWILIO, undefined, withFaultPlan(["status=429;retry-after=1"]));
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    const journal = await readJournal();
    expect(journal.map((entry) => entry.status)).toEqual([429, 200]);
    expect(gapsMs(journal.map((entry) => entry.time))[0]).toBeGreaterThanOrEqual(990);
  });

  test("503 with Retry-After as an HTTP date is honored too", async () => {
    const date = new Date(Date.now() + 2_000).toUTCString();
    const result = await send(
      HEALTHING,
      undefined,
      withFaultPlan([`status=503;retry-after=${date}`]),
    );
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    const journal = await readJournal();
    // HTTP dates have whole seconds: 2 s ahead, truncated, is at least 1 s ahead.
    expect(gapsMs(journal.map((entry) => entry.time))[0]).toBeGreaterThanOrEqual(990);
  });

  test("a Retry-After beyond retry.maxDelayMs is capped at it", async () => {
    const sb = withFaultPlan(["status=429;retry-after=30"], {
      attempts: 2,
      baseDelayMs: 5,
      maxDelayMs: 250,
    });
    const result = await send(TWILIO, undefined, sb);
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    const [gap] = gapsMs((await readJournal()).map((entry) => entry.time));
    expect(gap).toBeGreaterThanOrEqual(240);
    expect(gap).toBeLessThan(10_000);
  });

  test("the error reports what Retry-After asked for", async () => {
    const result = await gatewaySwitchboard({ retry: false }).update(
      TWILIO,
      documentedRequest(TWILIO).input as never,
      { headers: { "x-mock-fault": "status=429;retry-after=7" } },
    );
    expect(!result.ok && result.error).toMatchObject({ kind: "rate_limited", retryAfterMs: 7_000 });
  });
});

describe("how many attempts", () => {
  test("retry: false sends once", async () => {
    const result = await send(TWILIO, "status=503", gatewaySwitchboard({ retry: false }));
    expect(!result.ok && result.error.attempts).toBe(1);
    expect(await readJournal()).toHaveLength(1);
  });

  test("a per-call retry overrides the facade's", async () => {
    const { input } = documentedRequest(TWILIO);
    const result = await gatewaySwitchboard().update(TWILIO, input as never, {
      headers: { "x-mock-fault": "status=500" },
      retry: { attempts: 5, baseDelayMs: 1 },
    });
    expect(!result.ok && result.error.attempts).toBe(5);
    expect(await readJournal()).toHaveLength(5);
  });
});

test("a per-call retry keeps the facade's other retry settings", async () => {
  const sb = gatewaySwitchboard({ retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
  const { input } = documentedRequest(TWILIO);
  const result = await sb.update(TWILIO, input as never, {
    headers: { "x-mock-fault": "status=503" },
    retry: { attempts: 4 },
  });
  expect(!result.ok && result.error.attempts).toBe(4);
  expect(await readJournal()).toHaveLength(4);
});

describe("network failures", () => {
  test("a connection refused is retried, then reported as network", async () => {
    const options = gatewayOptions();
    const sb = createSwitchboard({
      ...options,
      twilioFlex: { ...options.twilioFlex, baseUrl: await closedPortUrl() },
      retry: { attempts: 3, baseDelayMs: 5 },
    });
    const result = await send(TWILIO, undefined, sb);
    expect(!result.ok && result.error).toMatchObject({
      kind: "network",
      status: null,
      attempts: 3,
      retryable: true,
    });
    expect(!result.ok && result.error.message).toMatch(/ECONNREFUSED/);
  });

  test("a dropped connection (reset) is retried, then reported as network", async () => {
    const result = await send(HEALTHING, "reset");
    expect(!result.ok && result.error).toMatchObject({ kind: "network", attempts: 3 });
    expect((await readJournal()).map((entry) => entry.status)).toEqual([null, null, null]);
  });

  test("a dropped connection, then success", async () => {
    const result = await send(HEALTHING, undefined, withFaultPlan(["reset"]));
    expect(result).toMatchObject({ ok: true, attempts: 2 });
  });
});
