/**
 * Timeouts per attempt and the caller's AbortSignal: a timeout is `timeout` (and retried), an
 * abort is `aborted` (never retried), and no timer the facade started outlives the update.
 */
import { beforeEach, expect, test, vi } from "vitest";
import type { OperationName } from "@switchboard/sdk";
import { documentedRequest } from "../../support/facade-requests.js";
import { gatewaySwitchboard } from "../../support/facade.js";
import { clearJournal, readJournal } from "../../support/journal.js";
import { trackFacadeTimers } from "../../support/timers.js";

const NAME: OperationName = "syllable.updateOutboundCampaign";
const timers = trackFacadeTimers();

function update(
  options: Parameters<ReturnType<typeof gatewaySwitchboard>["update"]>[2],
  sb = gatewaySwitchboard(),
) {
  return sb.update(NAME, documentedRequest(NAME).input as never, options);
}

beforeEach(() => clearJournal());

test("an attempt slower than timeoutMs is a timeout, retried like a network failure", async () => {
  // 300 ms leaves a loaded machine time to deliver each attempt before the client gives up on it.
  const result = await update({ timeoutMs: 300, headers: { "x-mock-fault": "delay=5000" } });
  expect(!result.ok && result.error).toMatchObject({
    kind: "timeout",
    status: null,
    attempts: 3,
    retryable: true,
  });
  expect(!result.ok && result.error.message).toContain("300 ms");
  await vi.waitFor(async () => expect(await readJournal()).toHaveLength(3), { timeout: 5_000 });
  expect(timers.started()).toBeGreaterThan(0);
  expect(timers.pending()).toBe(0);
});

test("with retries off, one timed-out attempt", async () => {
  const result = await update({
    timeoutMs: 100,
    retry: false,
    headers: { "x-mock-fault": "delay=1000" },
  });
  expect(!result.ok && result.error).toMatchObject({ kind: "timeout", attempts: 1 });
  expect(timers.pending()).toBe(0);
});

test("the facade's timeoutMs applies when the call sets none", async () => {
  const sb = gatewaySwitchboard({ timeoutMs: 80, retry: false });
  const result = await update({ headers: { "x-mock-fault": "delay=1000" } }, sb);
  expect(!result.ok && result.error.kind).toBe("timeout");
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
  await vi.waitFor(async () => expect(await readJournal()).toHaveLength(1), { timeout: 5_000 });
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
  while ((await readJournal()).length === 0)
    await new Promise((resolve) => setTimeout(resolve, 10));
  controller.abort();
  const result = await pending;
  expect(!result.ok && result.error).toMatchObject({ kind: "aborted", attempts: 1 });
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(timers.pending()).toBe(0);
});
