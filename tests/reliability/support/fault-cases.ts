/**
 * The fault matrix: what the gateway is told to do (`x-mock-fault`) and what the facade must make
 * of it. `every` faults every attempt (a call header); `plan` faults the first attempts only
 * (through the vendor's `fetch`), so a retry can succeed.
 */
import type { UpdateErrorKind } from "@switchboard/sdk";

/** Short delays so the matrix runs in milliseconds; `Retry-After` (seconds) is capped to this. */
export const RETRY = { attempts: 3, baseDelayMs: 5, maxDelayMs: 60 } as const;
/**
 * A per-attempt timeout well below the injected delay, and long enough for a loaded 2-core
 * machine to deliver each attempt to the gateway before the facade gives up on it.
 */
export const TIMEOUT_MS = 300;
const PAST_TIMEOUT = `delay=${TIMEOUT_MS * 8}`;

export interface FaultCase {
  name: string;
  /** Fault on every attempt, or a plan: one fault per attempt, the rest untouched. */
  fault: { every: string } | { plan: string[] };
  /**
   * Remove `Retry-After` from the gateway's answers before the facade sees them. The gateway
   * answers a 429 the spec documents with the spec's own response, `Retry-After` example
   * included, even when the fault names no `retry-after`: this is the only way to get a real
   * gateway 429 without one.
   */
  dropRetryAfter?: boolean;
  /** How the update ends: ok, or the failure's kind and status. */
  outcome: { ok: true } | { ok: false; kind: UpdateErrorKind; status: number | null };
  attempts: number;
  /** The status the gateway journals for each attempt (null: it never answered in time). */
  journaled: (number | null | "2xx")[];
  /** `Retry-After` in ms as the error reports it. */
  retryAfterMs?: number | null;
  /** Each wait between attempts lasts at least this long (the capped `Retry-After`). */
  minGapMs?: number;
}

const failure = (kind: UpdateErrorKind, status: number | null) =>
  ({ ok: false, kind, status }) as const;
const times = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

export const faultCases: FaultCase[] = [
  {
    name: "429 with Retry-After: 1 s, capped to maxDelayMs, until attempts run out",
    fault: { every: "status=429;retry-after=1" },
    outcome: failure("rate_limited", 429),
    attempts: RETRY.attempts,
    journaled: times(RETRY.attempts, 429),
    retryAfterMs: 1000,
    minGapMs: RETRY.maxDelayMs,
  },
  {
    name: "429 without Retry-After, until attempts run out",
    fault: { every: "status=429" },
    dropRetryAfter: true,
    outcome: failure("rate_limited", 429),
    attempts: RETRY.attempts,
    journaled: times(RETRY.attempts, 429),
    retryAfterMs: null,
  },
  {
    name: "500, until attempts run out",
    fault: { every: "status=500" },
    outcome: failure("server", 500),
    attempts: RETRY.attempts,
    journaled: times(RETRY.attempts, 500),
  },
  {
    name: "503, until attempts run out",
    fault: { every: "status=503" },
    outcome: failure("server", 503),
    attempts: RETRY.attempts,
    journaled: times(RETRY.attempts, 503),
  },
  {
    name: "connection reset, until attempts run out",
    fault: { every: "reset" },
    outcome: failure("network", null),
    attempts: RETRY.attempts,
    journaled: times(RETRY.attempts, null),
  },
  {
    name: "a delay past the timeout, until attempts run out",
    fault: { every: PAST_TIMEOUT },
    outcome: failure("timeout", null),
    attempts: RETRY.attempts,
    journaled: times(RETRY.attempts, null),
  },
  {
    name: "429 with Retry-After once, then success",
    fault: { plan: ["status=429;retry-after=1"] },
    outcome: { ok: true },
    attempts: 2,
    journaled: [429, "2xx"],
    minGapMs: RETRY.maxDelayMs,
  },
  {
    name: "429 without Retry-After once, then success",
    fault: { plan: ["status=429"] },
    dropRetryAfter: true,
    outcome: { ok: true },
    attempts: 2,
    journaled: [429, "2xx"],
  },
  {
    name: "500 then 503, then success",
    fault: { plan: ["status=500", "status=503"] },
    outcome: { ok: true },
    attempts: 3,
    journaled: [500, 503, "2xx"],
  },
  {
    name: "connection reset once, then success",
    fault: { plan: ["reset"] },
    outcome: { ok: true },
    attempts: 2,
    journaled: [null, "2xx"],
  },
  {
    name: "a delay past the timeout once, then success",
    fault: { plan: [PAST_TIMEOUT] },
    outcome: { ok: true },
    attempts: 2,
    journaled: [null, "2xx"],
  },
];
