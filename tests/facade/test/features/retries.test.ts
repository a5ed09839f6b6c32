/**
 * Retries: 408, 429 and 5xx (500, 502-504) and network failures are tried again, up to
 * `retry.attempts`, with backoff or the vendor's `Retry-After`; other 4xx never are. The
 * gateway's journal is the witness: one entry per request sent, stamped when it arrived.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { RetryOptions } from "@switchboard/sdk";
import {
  clearJournal,
  closedPortUrl,
  faultPlanFetch,
  gapsMs,
  readJournal,
} from "@switchboard/test-support";
import { acmeSwitchboard, type AcmeName, type AcmeSwitchboard } from "../support/acme-facade.js";
import { documentedRequest } from "../support/acme-requests.js";

const QUEUE: AcmeName = "acme.updateQueue";
const AGENT: AcmeName = "acme.updateAgent";

function send(name: AcmeName, fault?: string, sb: AcmeSwitchboard = acmeSwitchboard()) {
  return sb.update(
    name,
    documentedRequest(name),
    fault ? { headers: { "x-mock-fault": fault } } : {},
  );
}

/** A facade whose requests get the given faults, one per attempt. */
function withFaultPlan(
  plan: string[],
  retry: RetryOptions = { attempts: 3, baseDelayMs: 5, maxDelayMs: 2_000 },
) {
  return acmeSwitchboard({ retry }, { fetch: faultPlanFetch(plan) });
}

async function journalStatuses(): Promise<(number | null)[]> {
  return (await readJournal()).map((entry) => entry.status);
}

beforeEach(() => clearJournal());
afterEach(() => vi.restoreAllMocks());

// Both updates: a PATCH and a PUT, each with a path parameter and a JSON body.
describe.each([QUEUE, AGENT])("%s", (name) => {
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
      expect(await journalStatuses()).toEqual([status, status, status]);
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
    expect(await journalStatuses()).toEqual([503, 429, 200]);
  });
});

describe("Retry-After", () => {
  test("429 with Retry-After: 1 (seconds): the next attempt waits at least a second", async () => {
    const result = await send(QUEUE, undefined, withFaultPlan(["status=429;retry-after=1"]));
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    const journal = await readJournal();
    expect(journal.map((entry) => entry.status)).toEqual([429, 200]);
    expect(gapsMs(journal)[0]).toBeGreaterThanOrEqual(990);
  });

  test("503 with Retry-After as an HTTP date is honored too", async () => {
    const date = new Date(Date.now() + 2_000).toUTCString();
    const result = await send(AGENT, undefined, withFaultPlan([`status=503;retry-after=${date}`]));
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    // HTTP dates have whole seconds: 2 s ahead, truncated, is at least 1 s ahead.
    expect(gapsMs(await readJournal())[0]).toBeGreaterThanOrEqual(990);
  });

  test("a Retry-After beyond retry.maxDelayMs is capped at it", async () => {
    const sb = withFaultPlan(["status=429;retry-after=30"], {
      attempts: 2,
      baseDelayMs: 5,
      maxDelayMs: 250,
    });
    const result = await send(QUEUE, undefined, sb);
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    const [gap] = gapsMs(await readJournal());
    expect(gap).toBeGreaterThanOrEqual(240);
    expect(gap).toBeLessThan(10_000);
  });

  test("the error reports what Retry-After asked for", async () => {
    const result = await send(QUEUE, "status=429;retry-after=7", acmeSwitchboard({ retry: false }));
    expect(!result.ok && result.error).toMatchObject({ kind: "rate_limited", retryAfterMs: 7_000 });
  });
});

describe("backoff without Retry-After (exponential, full jitter)", () => {
  // Full jitter draws each wait below its ceiling: pinning the draw makes the ceiling visible.
  test("the ceiling starts at baseDelayMs and doubles with each attempt", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const sb = acmeSwitchboard({ retry: { attempts: 3, baseDelayMs: 200, maxDelayMs: 10_000 } });
    const result = await send(QUEUE, "status=500", sb);
    expect(!result.ok && result.error.attempts).toBe(3);
    const [first, second] = gapsMs(await readJournal());
    expect(first).toBeGreaterThanOrEqual(190);
    expect(second).toBeGreaterThanOrEqual(390);
  });

  test("each wait is drawn below the ceiling: a draw of 0 waits not at all", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const sb = acmeSwitchboard({ retry: { attempts: 2, baseDelayMs: 3_000, maxDelayMs: 10_000 } });
    const result = await send(QUEUE, "status=500", sb);
    expect(!result.ok && result.error.attempts).toBe(2);
    // The ceiling is 3 s; a wait of zero leaves only the round trip between the two requests.
    expect(gapsMs(await readJournal())[0]).toBeLessThan(1_500);
  });

  test("the ceiling stops growing at retry.maxDelayMs", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const sb = acmeSwitchboard({ retry: { attempts: 2, baseDelayMs: 3_000, maxDelayMs: 250 } });
    const result = await send(QUEUE, "status=500", sb);
    expect(!result.ok && result.error.attempts).toBe(2);
    const [gap] = gapsMs(await readJournal());
    expect(gap).toBeGreaterThanOrEqual(240);
    expect(gap).toBeLessThan(1_500);
  });
});

describe("how many attempts", () => {
  test("retry: false sends once", async () => {
    const result = await send(QUEUE, "status=503", acmeSwitchboard({ retry: false }));
    expect(!result.ok && result.error.attempts).toBe(1);
    expect(await readJournal()).toHaveLength(1);
  });

  test("a per-call retry overrides the facade's", async () => {
    const result = await acmeSwitchboard().update(QUEUE, documentedRequest(QUEUE), {
      headers: { "x-mock-fault": "status=500" },
      retry: { attempts: 5, baseDelayMs: 1 },
    });
    expect(!result.ok && result.error.attempts).toBe(5);
    expect(await readJournal()).toHaveLength(5);
  });

  test("a per-call retry keeps the facade's other retry settings", async () => {
    const sb = acmeSwitchboard({ retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    const result = await sb.update(QUEUE, documentedRequest(QUEUE), {
      headers: { "x-mock-fault": "status=503" },
      retry: { attempts: 4 },
    });
    expect(!result.ok && result.error.attempts).toBe(4);
    expect(await readJournal()).toHaveLength(4);
  });
});

describe("network failures", () => {
  test("a connection refused is retried, then reported as network", async () => {
    const sb = acmeSwitchboard(
      { retry: { attempts: 3, baseDelayMs: 5 } },
      { baseUrl: await closedPortUrl() },
    );
    const result = await send(QUEUE, undefined, sb);
    expect(!result.ok && result.error).toMatchObject({
      kind: "network",
      status: null,
      attempts: 3,
      retryable: true,
    });
    expect(!result.ok && result.error.message).toMatch(/ECONNREFUSED/);
  });

  test("a dropped connection (reset) is retried, then reported as network", async () => {
    const result = await send(AGENT, "reset");
    expect(!result.ok && result.error).toMatchObject({ kind: "network", attempts: 3 });
    expect(await journalStatuses()).toEqual([null, null, null]);
  });

  test("a dropped connection, then success", async () => {
    const result = await send(AGENT, undefined, withFaultPlan(["reset"]));
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(await journalStatuses()).toEqual([null, 200]);
  });
});
