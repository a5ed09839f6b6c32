/*
 * The options every transport's engine is built from. Nothing here refers to Prism, so the
 * package's public types never reach its types.
 */
/** What every transport's engine is built from: the specs and how the engine behaves. */
export interface MockEngineSetup {
  /**
   * Your own OpenAPI specs: one file (served under `/<file name>`) or a folder, each
   * `<name>.yaml` (`.yml`, `.json`) in it served under `/<name>`. By default, the vendors of the
   * manifest this package ships.
   */
  specs?: string;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  bodyLimitBytes?: number;
  /** How many requests the journal keeps (default 1000). */
  journalLimit?: number;
  /** How many bytes of entries the journal keeps, the oldest dropped first (default 16 MiB). */
  journalMaxBytes?: number;
  /**
   * Documented or injected `Retry-After` values above this many seconds are sent as it, so a
   * client that honours them (the facade, within its `retry.maxDelayMs`) does not wait long in
   * tests. Default: sent as documented.
   */
  maxRetryAfterSeconds?: number;
  /**
   * Stateful mode: an update answers, and stores, the resource it names after applying the
   * request, so a later request sees it (PUT replaces, PATCH merges, `append=true` appends).
   * Off by default: every update answers the documented example with the request echoed.
   */
  stateful?: boolean;
  /**
   * Answer the common case (a valid update with no `Prefer`, fault or queued answer) from
   * answers compiled on first use instead of through Prism; anything else still goes to Prism.
   * The answers are the same either way. Default true.
   */
  fastPath?: boolean;
  /**
   * Validating proxy: vendor prefix → upstream base URL (`{ "twilio-flex":
   * "https://flex-api.twilio.com" }`). That vendor's requests go to the upstream instead of
   * being mocked; the request and the answer are checked against the spec, the violations
   * journaled, and the answer passed on unchanged (plus `x-switchboard-violations`).
   */
  proxy?: Readonly<Record<string, string>>;
  /** With `proxy`: record the proxied exchanges, written to this HAR 1.2 file on close. */
  har?: string;
  /** With `proxy`: how long an upstream has to answer, in milliseconds (30 000), else a 504. */
  upstreamTimeoutMs?: number;
}

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
