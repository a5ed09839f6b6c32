import { getEventListeners } from "node:events";
import { describe, expect, test } from "vitest";
import {
  DEFAULT_RETRY,
  parseRetryAfter,
  retryDelayMs,
  retryPolicy,
  sleep,
  type RetryPolicy,
} from "../../src/retry.js";

const NOW = Date.parse("2026-01-02T03:04:05.000Z");

describe("parseRetryAfter", () => {
  test.each<{ name: string; value: string | null; ms: number | null }>([
    { name: "absent", value: null, ms: null },
    { name: "whole seconds", value: "120", ms: 120_000 },
    { name: "zero seconds", value: "0", ms: 0 },
    { name: "decimal seconds", value: "1.5", ms: 1_500 },
    { name: "decimal seconds, rounded to the millisecond", value: "0.0004", ms: 0 },
    { name: "seconds with surrounding whitespace", value: "  3 \t", ms: 3_000 },
    { name: "an HTTP date 30 s ahead", value: "Fri, 02 Jan 2026 03:04:35 GMT", ms: 30_000 },
    { name: "an HTTP date an hour ahead", value: "Fri, 02 Jan 2026 04:04:05 GMT", ms: 3_600_000 },
    { name: "an HTTP date right now", value: "Fri, 02 Jan 2026 03:04:05 GMT", ms: 0 },
    { name: "an HTTP date in the past", value: "Thu, 01 Jan 2026 00:00:00 GMT", ms: 0 },
    { name: "an empty value", value: "", ms: null },
    { name: "whitespace only", value: "   ", ms: null },
    { name: "a word", value: "soon", ms: null },
    { name: "seconds with a unit", value: "120s", ms: null },
    { name: "exponent notation", value: "1e3", ms: null },
    { name: "hexadecimal", value: "0x10", ms: null },
    { name: "Infinity", value: "Infinity", ms: null },
  ])("$name ($value) → $ms", ({ value, ms }) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  test("measures an HTTP date from Date.now() by default", () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const ms = parseRetryAfter(inAMinute);
    // toUTCString drops milliseconds, so up to a second (plus test time) is lost.
    expect(ms).toBeGreaterThan(58_000);
    expect(ms).toBeLessThanOrEqual(60_000);
  });

  // V8's Date.parse reads most strings holding a number as some date in 2001: not "retry now".
  test.each([
    { name: "negative seconds", value: "-5" },
    { name: "words and a number", value: "Retry later 2" },
    { name: "a dotted version", value: "1.5.2" },
  ])("$name ($value) is unreadable → null", ({ value }) => {
    expect(parseRetryAfter(value, NOW)).toBeNull();
  });
});

describe("retryDelayMs", () => {
  const policy: RetryPolicy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

  test.each<{ attempt: number; random: number; ms: number }>([
    // Full jitter: anywhere in [0, baseDelayMs * 2^(attempt-1)).
    { attempt: 1, random: 0, ms: 0 },
    { attempt: 1, random: 0.5, ms: 50 },
    { attempt: 1, random: 0.999, ms: 99 },
    { attempt: 2, random: 0, ms: 0 },
    { attempt: 2, random: 0.999, ms: 199 },
    { attempt: 3, random: 0.999, ms: 399 },
    { attempt: 4, random: 0.999, ms: 799 },
    // The ceiling stops at maxDelayMs.
    { attempt: 5, random: 0.999, ms: 999 },
    { attempt: 30, random: 0.999, ms: 999 },
    { attempt: 30, random: 0, ms: 0 },
  ])("attempt $attempt, random $random → $ms ms", ({ attempt, random, ms }) => {
    expect(retryDelayMs(policy, attempt, null, () => random)).toBe(ms);
  });

  test("the ceiling doubles with each attempt until maxDelayMs", () => {
    const almostOne = () => 0.999_999;
    const ceilings = [1, 2, 3, 4, 5, 6].map((attempt) =>
      Math.ceil(retryDelayMs(policy, attempt, null, almostOne)),
    );
    expect(ceilings).toEqual([99, 199, 399, 799, 999, 999]);
  });

  test("stays within [0, ceiling) for any random value", () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      for (const random of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999_999]) {
        const ms = retryDelayMs(policy, attempt, null, () => random);
        expect(Number.isInteger(ms)).toBe(true);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThan(ceiling);
      }
    }
  });

  test.each<{ retryAfterMs: number; ms: number }>([
    { retryAfterMs: 0, ms: 0 },
    { retryAfterMs: 250, ms: 250 },
    { retryAfterMs: 1_000, ms: 1_000 },
    { retryAfterMs: 60_000, ms: 1_000 },
  ])("Retry-After $retryAfterMs ms → $ms ms, no jitter", ({ retryAfterMs, ms }) => {
    const random = () => {
      throw new Error("jitter used despite Retry-After");
    };
    expect(retryDelayMs(policy, 1, retryAfterMs, random)).toBe(ms);
    expect(retryDelayMs(policy, 4, retryAfterMs, random)).toBe(ms);
  });

  test("maxDelayMs 0 means no waiting at all", () => {
    const noWait = { ...policy, maxDelayMs: 0 };
    expect(retryDelayMs(noWait, 3, null, () => 0.999)).toBe(0);
    expect(retryDelayMs(noWait, 3, 5_000)).toBe(0);
  });

  test("uses Math.random by default", () => {
    for (let i = 0; i < 20; i++) {
      const ms = retryDelayMs(policy, 2, null);
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThan(200);
    }
  });
});

describe("retryPolicy", () => {
  const facade: RetryPolicy = { attempts: 2, baseDelayMs: 1, maxDelayMs: 7 };
  test.each<{ name: string; options: Parameters<typeof retryPolicy>[0]; policy: RetryPolicy }>([
    { name: "undefined", options: undefined, policy: facade },
    { name: "attempts only", options: { attempts: 4 }, policy: { ...facade, attempts: 4 } },
    { name: "false", options: false, policy: { ...facade, attempts: 1 } },
  ])("over a facade's own policy: $name → $policy", ({ options, policy }) => {
    expect(retryPolicy(options, "options", facade)).toEqual(policy);
  });

  test.each<{ name: string; options: Parameters<typeof retryPolicy>[0]; policy: RetryPolicy }>([
    { name: "undefined", options: undefined, policy: DEFAULT_RETRY },
    { name: "{}", options: {}, policy: DEFAULT_RETRY },
    { name: "false", options: false, policy: { ...DEFAULT_RETRY, attempts: 1 } },
    { name: "attempts only", options: { attempts: 5 }, policy: { ...DEFAULT_RETRY, attempts: 5 } },
    {
      name: "every field",
      options: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
      policy: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    },
  ])("$name → $policy", ({ options, policy }) => {
    expect(retryPolicy(options, "where")).toEqual(policy);
  });

  test("the defaults are 3 attempts, 100 ms base, 10 s cap", () => {
    expect(DEFAULT_RETRY).toEqual({ attempts: 3, baseDelayMs: 100, maxDelayMs: 10_000 });
  });

  test.each<{ field: string; value: number; message: string }>([
    { field: "attempts", value: 0, message: "must be a whole number of at least 1" },
    { field: "attempts", value: -1, message: "must be a whole number of at least 1" },
    { field: "attempts", value: 1.5, message: "must be a whole number of at least 1" },
    { field: "attempts", value: Number.NaN, message: "must be a whole number of at least 1" },
    { field: "attempts", value: Infinity, message: "must be a whole number of at least 1" },
    { field: "baseDelayMs", value: -1, message: "must be a number of milliseconds, 0 or more" },
    { field: "baseDelayMs", value: Number.NaN, message: "must be a number of milliseconds" },
    { field: "baseDelayMs", value: Infinity, message: "must be a number of milliseconds" },
    { field: "maxDelayMs", value: -0.5, message: "must be a number of milliseconds, 0 or more" },
    { field: "maxDelayMs", value: Infinity, message: "must be a number of milliseconds" },
  ])("$field: $value is refused, naming the field", ({ field, value, message }) => {
    const call = () => retryPolicy({ [field]: value }, "createSwitchboard: options");
    expect(call).toThrow(RangeError);
    expect(call).toThrow(`createSwitchboard: options.retry.${field} ${message}`);
  });

  test.each([
    { field: "attempts", value: "3" },
    { field: "baseDelayMs", value: "100" },
    { field: "maxDelayMs", value: null },
  ])("$field: a non-number ($value) is refused", ({ field, value }) => {
    expect(() => retryPolicy({ [field]: value } as never, "options")).toThrow(
      `options.retry.${field}`,
    );
  });

  // `{ attempts: undefined }`, which RetryOptions allows, means "the default".
  test.each(["attempts", "baseDelayMs", "maxDelayMs"])(
    "%s: undefined falls back to the default",
    (field) => {
      expect(retryPolicy({ [field]: undefined }, "options")).toEqual(DEFAULT_RETRY);
    },
  );
});

/** How many timers are pending in this process. */
function pendingTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;
}

describe("sleep", () => {
  test("waits about ms when nothing aborts it", async () => {
    const started = performance.now();
    await sleep(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  test("resolves early on abort and leaves no timer behind", async () => {
    const before = pendingTimers();
    const controller = new AbortController();
    const started = performance.now();
    const waiting = sleep(60_000, controller.signal);
    expect(pendingTimers()).toBe(before + 1);
    controller.abort();
    await waiting;
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(pendingTimers()).toBe(before);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("resolves at once, with no timer, when the signal has already fired", async () => {
    const before = pendingTimers();
    const waiting = sleep(60_000, AbortSignal.abort());
    expect(pendingTimers()).toBe(before);
    await waiting;
  });

  test("removes its abort listener when the wait ends normally", async () => {
    const controller = new AbortController();
    await sleep(1, controller.signal);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("sleep(0) resolves", async () => {
    await expect(sleep(0)).resolves.toBeUndefined();
  });
});
