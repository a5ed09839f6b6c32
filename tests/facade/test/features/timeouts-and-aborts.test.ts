/**
 * Timeouts per attempt and the caller's AbortSignal: a timeout is `timeout` (and retried), an
 * abort is `aborted` (never retried), and no timer the facade started outlives the update.
 */
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { CallOptions } from "@switchboard/sdk";
import { clearJournal, readJournal, trackFacadeTimers } from "@switchboard/test-support";
import { acmeSwitchboard, type AcmeSwitchboard } from "../support/acme-facade.js";
import { documentedRequest } from "../support/acme-requests.js";

/*
 * An attempt meant to time out gets 1 s against an answer delayed by 3 s or more: room for a
 * loaded machine (2 cores, every suite at once) to deliver each attempt to the gateway before
 * the client gives up on it, and far from the answer. Attempts meant to succeed keep the
 * facade's 10 s default.
 */
const TIMEOUT_MS = 1_000;
const timers = trackFacadeTimers();

function update(options: CallOptions, sb: AcmeSwitchboard = acmeSwitchboard()) {
  return sb.update("acme.updateQueue", documentedRequest("acme.updateQueue"), options);
}

/** Waits until the gateway has seen `count` requests: an aborted attempt is logged on arrival. */
async function journalReaches(count: number): Promise<void> {
  await vi.waitFor(async () => expect(await readJournal()).toHaveLength(count), {
    timeout: 5_000,
  });
}

beforeEach(() => clearJournal());

test("an attempt slower than timeoutMs is a timeout, retried like a network failure", async () => {
  const result = await update({ timeoutMs: TIMEOUT_MS, headers: { "x-mock-fault": "delay=5000" } });
  expect(!result.ok && result.error).toMatchObject({
    kind: "timeout",
    status: null,
    attempts: 3,
    retryable: true,
  });
  expect(!result.ok && result.error.message).toContain(`${TIMEOUT_MS} ms`);
  await journalReaches(3);
  expect(timers.started()).toBeGreaterThan(0);
  expect(timers.pending()).toBe(0);
});

test("with retries off, one timed-out attempt", async () => {
  const result = await update({
    timeoutMs: TIMEOUT_MS,
    retry: false,
    headers: { "x-mock-fault": "delay=3000" },
  });
  expect(!result.ok && result.error).toMatchObject({ kind: "timeout", attempts: 1 });
  await journalReaches(1);
  expect(timers.pending()).toBe(0);
});

test("the facade's timeoutMs applies when the call sets none", async () => {
  const sb = acmeSwitchboard({ timeoutMs: TIMEOUT_MS, retry: false });
  const result = await update({ headers: { "x-mock-fault": "delay=3000" } }, sb);
  expect(!result.ok && result.error).toMatchObject({ kind: "timeout", attempts: 1 });
  expect(!result.ok && result.error.message).toContain(`${TIMEOUT_MS} ms`);
  await journalReaches(1);
});

test("an answer inside the timeout is a success, and its timer is cleared", async () => {
  const result = await update({ timeoutMs: 5_000, headers: { "x-mock-fault": "delay=20" } });
  expect(result).toMatchObject({ ok: true, attempts: 1 });
  expect(timers.started()).toBeGreaterThan(0);
  expect(timers.pending()).toBe(0);
});

test("the caller's abort during a request: aborted, not retried", async () => {
  const controller = new AbortController();
  const pending = update({
    signal: controller.signal,
    headers: { "x-mock-fault": "delay=5000" },
  });
  await journalReaches(1);
  controller.abort();
  const result = await pending;
  expect(!result.ok && result.error).toMatchObject({
    kind: "aborted",
    attempts: 1,
    retryable: false,
  });
  expect(await readJournal()).toHaveLength(1);
  expect(timers.pending()).toBe(0);
});

test("an already-aborted signal: nothing is sent", async () => {
  const result = await update({ signal: AbortSignal.abort() });
  expect(!result.ok && result.error).toMatchObject({ kind: "aborted", attempts: 0 });
  expect(await readJournal()).toEqual([]);
});

test("an abort while waiting to retry ends the wait at once", async () => {
  const controller = new AbortController();
  const started = Date.now();
  const pending = update({
    signal: controller.signal,
    headers: { "x-mock-fault": "status=503;retry-after=60" },
    retry: { attempts: 3, maxDelayMs: 60_000 },
  });
  // Abort once the first attempt has been answered and the facade is waiting to retry.
  await vi.waitFor(
    async () => expect((await readJournal()).map((entry) => entry.status)).toEqual([503]),
    { timeout: 5_000 },
  );
  controller.abort();
  const result = await pending;
  expect(!result.ok && result.error).toMatchObject({ kind: "aborted", attempts: 1 });
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(timers.pending()).toBe(0);
});

describe("a fetch of your own", () => {
  test("is handed the attempt's signal as init.signal, which aborts at the timeout", async () => {
    const seen: { request: Request; signal: AbortSignal | undefined }[] = [];
    const fetch = (request: Request, init?: RequestInit) => {
      seen.push({ request, signal: init?.signal ?? undefined });
      return globalThis.fetch(request, init);
    };
    const sb = acmeSwitchboard({ timeoutMs: TIMEOUT_MS, retry: false }, { fetch });
    const result = await update({ headers: { "x-mock-fault": "delay=3000" } }, sb);
    expect(!result.ok && result.error).toMatchObject({ kind: "timeout", attempts: 1 });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.signal?.aborted).toBe(true);
    expect(seen[0]?.signal?.reason).toMatchObject({ name: "TimeoutError" });
    await journalReaches(1);
    expect(timers.pending()).toBe(0);
  });

  test("that ignores every signal and never answers: still a timeout, on time", async () => {
    const calls: Request[] = [];
    const fetch = (request: Request) => {
      calls.push(request);
      return new Promise<Response>(() => {});
    };
    const sb = acmeSwitchboard({ timeoutMs: 200, retry: false }, { fetch });
    const started = performance.now();
    const result = await update({}, sb);
    expect(!result.ok && result.error).toMatchObject({ kind: "timeout", attempts: 1 });
    expect(calls).toHaveLength(1);
    // Well before the 10 s default: the facade did not wait on the fetch.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(timers.pending()).toBe(0);
  });

  test("that ignores signals: the caller's abort still ends the attempt at once", async () => {
    let sending!: () => void;
    const sent = new Promise<void>((resolve) => (sending = resolve));
    const fetch = () => {
      sending();
      return new Promise<Response>(() => {});
    };
    const sb = acmeSwitchboard({ retry: false }, { fetch });
    const controller = new AbortController();
    const pending = update({ signal: controller.signal }, sb);
    await sent;
    controller.abort();
    const result = await pending;
    expect(!result.ok && result.error).toMatchObject({ kind: "aborted", attempts: 1 });
    expect(timers.pending()).toBe(0);
  });
});
