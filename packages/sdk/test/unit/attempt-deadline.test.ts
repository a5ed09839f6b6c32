import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { AttemptDeadline } from "../../src/attempt-deadline.js";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** What `reached` rejected with, or `"pending"`. */
async function outcome(deadline: AttemptDeadline): Promise<unknown> {
  return Promise.race([deadline.reached, Promise.resolve("pending")]).catch((error) => error);
}

describe("the timeout", () => {
  test("reached after timeoutMs, not before: reason timeout, a TimeoutError", async () => {
    const deadline = new AttemptDeadline(1_000, undefined);
    await vi.advanceTimersByTimeAsync(999);
    expect(await outcome(deadline)).toBe("pending");
    expect(deadline.reason).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(deadline.reason).toBe("timeout");
    expect(await outcome(deadline)).toMatchObject({ name: "TimeoutError" });
    expect(vi.getTimerCount()).toBe(0);
  });

  test.each([
    { when: "read before the timeout", readFirst: true },
    { when: "first read after it", readFirst: false },
  ])("the signal, $when, is aborted with the same error", async ({ readFirst }) => {
    const deadline = new AttemptDeadline(50, undefined);
    const early = readFirst ? deadline.signal : undefined;
    expect(early?.aborted ?? false).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    const { signal } = deadline;
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(await outcome(deadline));
    if (early) expect(early).toBe(signal);
  });

  test("cleared before it passes: nothing fires, no timer is left", async () => {
    const deadline = new AttemptDeadline(1_000, undefined);
    const { signal } = deadline;
    deadline.clear();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(deadline.reason).toBeUndefined();
    expect(signal.aborted).toBe(false);
    expect(await outcome(deadline)).toBe("pending");
  });
});

describe("the caller's signal", () => {
  test("its abort ends the attempt at once: reason aborted, the caller's reason passed on", async () => {
    const caller = new AbortController();
    const deadline = new AttemptDeadline(60_000, caller.signal);
    const { signal } = deadline;
    const why = new Error("the caller gave up");
    caller.abort(why);
    expect(deadline.reason).toBe("aborted");
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(why);
    expect(await outcome(deadline)).toBe(why);
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  test("the first end wins: a timeout, then the caller's abort, stays a timeout", async () => {
    const caller = new AbortController();
    const deadline = new AttemptDeadline(10, caller.signal);
    await vi.advanceTimersByTimeAsync(10);
    caller.abort();
    expect(deadline.reason).toBe("timeout");
  });

  test("clear() stops listening to it", () => {
    const caller = new AbortController();
    const deadline = new AttemptDeadline(1_000, caller.signal);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(1);
    deadline.clear();
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
    caller.abort();
    expect(deadline.reason).toBeUndefined();
  });
});
