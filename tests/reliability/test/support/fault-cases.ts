/**
 * The fault matrix: what the gateway is told to do (`x-mock-fault`) and what the facade must make
 * of it. `every` faults every attempt (a call header); `plan` faults the first attempts only
 * (through the vendor's `fetch`), so a retry can succeed.
 */
import type { UpdateErrorKind } from "@switchboard/sdk";

/** Short delays so the matrix runs in milliseconds; `Retry-After` (seconds) is capped to this. */
export const RETRY = { attempts: 3, baseDelayMs: 5, maxDelayMs: 60 } as const;
/**
 * Per-attempt timeouts. Cases that time out use a short one, long enough for a loaded 2-core
 * machine to deliver each attempt to the gateway; a case whose later attempt must succeed in
 * time gets more room; every other case a timeout no answer on a busy machine comes near.
 */
export const TIMEOUT_MS = { timingOut: 300, thenSucceeding: 1_500, otherwise: 10_000 } as const;

export interface FaultCase {
  name: string;
  /** The facade's per-attempt timeout (default {@link TIMEOUT_MS}.otherwise). */
  timeoutMs?: number;
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
    fault: { every: `delay=${TIMEOUT_MS.timingOut * 8}` },
    timeoutMs: TIMEOUT_MS.timingOut,
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
    fault: { plan: [`delay=${TIMEOUT_MS.thenSucceeding * 3}`] },
    timeoutMs: TIMEOUT_MS.thenSucceeding,
    outcome: { ok: true },
    attempts: 2,
    journaled: [null, "2xx"],
  },
];
