/** When and how long to wait before trying an update again. */
export interface RetryOptions {
  /** Most requests sent for one update, the first included (default 3; 1 turns retries off). */
  readonly attempts?: number;
  /** The backoff's first ceiling: attempt n waits up to `baseDelayMs * 2^(n-1)` (default 100). */
  readonly baseDelayMs?: number;
  /** Longest wait between attempts, `Retry-After` included (default 10 000). */
  readonly maxDelayMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 10_000 };

/** The policy for `retry` as given, over `base`: `false` means one attempt; each number is checked. */
export function retryPolicy(
  options: RetryOptions | false | undefined,
  where: string,
  base: RetryPolicy = DEFAULT_RETRY,
): RetryPolicy {
  if (options === false) return { ...base, attempts: 1 };
  // A key given as undefined keeps the base value, as if left out.
  const given = Object.entries(options ?? {}).filter(([, value]) => value !== undefined);
  const policy: RetryPolicy = { ...base, ...Object.fromEntries(given) };
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) {
    throw new RangeError(`${where}.retry.attempts must be a whole number of at least 1`);
  }
  for (const name of ["baseDelayMs", "maxDelayMs"] as const) {
    if (!Number.isFinite(policy[name]) || policy[name] < 0) {
      throw new RangeError(`${where}.retry.${name} must be a number of milliseconds, 0 or more`);
    }
  }
  return policy;
}

/**
 * How long to wait after failed attempt `attempt` (1-based): what `Retry-After` asked for when
 * it said, else exponential backoff with full jitter; never more than `maxDelayMs`.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== null) return Math.min(retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date starts with its day name (RFC 9110 5.6.7); Date.parse alone takes "-5" too.
  if (!/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(text)) return null;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Waits `ms`, or less when `signal` fires; the timer never outlives the wait. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
