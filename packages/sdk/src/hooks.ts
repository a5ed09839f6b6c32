import type { UpdateErrorKind } from "./update-error.js";

/** One request about to be sent. URL, headers and body have every credential redacted. */
export interface RequestEvent {
  readonly vendor: string;
  readonly operation: string;
  /** 1 for the first request of an update, 2 for its first retry, ... */
  readonly attempt: number;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** How one request ended: an answer (`status`), or none (`status: null`, e.g. a timeout). */
export interface ResponseEvent {
  readonly vendor: string;
  readonly operation: string;
  readonly attempt: number;
  readonly method: string;
  readonly url: string;
  readonly status: number | null;
  readonly requestId: string | null;
  readonly durationMs: number;
  /** `ok`, or the kind of failure. */
  readonly outcome: "ok" | UpdateErrorKind;
}

/** Observability hooks, called once per request sent (retries included). */
export interface SwitchboardHooks {
  /** Before each request; if it throws, the request is not sent and the update fails as `hook_failed`. */
  onRequest?(event: RequestEvent): void;
  /** After each request; if it throws, the outcome stands as if it had not. */
  onResponse?(event: ResponseEvent): void;
}
