import type { RequestIssue } from "@switchboard/client-runtime";

/** Why an update failed, the same words for every vendor. */
export type UpdateErrorKind =
  /** Refused before sending: the request breaks its spec. Nothing was sent. */
  | "invalid_input"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  /** The vendor rejected the request (400, 422 and other 4xx). */
  | "validation"
  | "rate_limited"
  | "server"
  /** An attempt outlived `timeoutMs`, or the vendor answered 408. */
  | "timeout"
  | "network"
  /** The caller's `AbortSignal` fired. */
  | "aborted"
  /**
   * The vendor redirected the request to another origin; the redirect was not followed, so
   * neither credentials nor body went there. Not retried.
   */
  | "redirect"
  /**
   * The vendor answered 2xx, but not with what its spec documents: a body that is not JSON or
   * not parseable, or (with `validateResponses`) one that breaks the response schema. The
   * update may well have been applied, so it is never sent again.
   */
  | "invalid_response"
  /** The `onRequest` hook threw; the request was not sent. Not retried. */
  | "hook_failed";

/** Who gave the answer: the vendor, or the Switchboard mock gateway on its own behalf. */
export type UpdateErrorSource = "vendor" | "mock-gateway";

/** One problem with the request: a JSON Pointer into `{ path, query, body }`, and why. */
export interface UpdateIssue {
  readonly path: string;
  readonly message: string;
  /** The rule broken (a JSON Schema keyword, or the vendor's own error type). */
  readonly rule?: string;
}

export interface UpdateErrorDetails {
  readonly vendor: string;
  readonly operation: string;
  readonly kind: UpdateErrorKind;
  readonly message: string;
  readonly status?: number | null;
  readonly issues?: readonly (UpdateIssue | RequestIssue)[];
  readonly requestId?: string | null;
  readonly retryAfterMs?: number | null;
  readonly attempts?: number;
  /** The vendor's error body, credentials redacted. */
  readonly raw?: unknown;
  readonly cause?: unknown;
  readonly source?: UpdateErrorSource | null;
}

/**
 * Every failed update, normalized: which call, what kind of failure, the issues found and the
 * vendor's own body. Its message, fields, `JSON.stringify` and `util.inspect` never hold a
 * credential: everything is redacted before it gets here.
 */
export class UpdateError extends Error {
  override readonly name = "UpdateError";
  readonly vendor: string;
  readonly operation: string;
  readonly kind: UpdateErrorKind;
  /** The HTTP status, or null when no answer came. */
  readonly status: number | null;
  readonly issues: readonly UpdateIssue[];
  readonly requestId: string | null;
  /** What the vendor's `Retry-After` asked for, in milliseconds. */
  readonly retryAfterMs: number | null;
  /** Whether trying again may succeed (what the retry policy acts on). */
  readonly retryable: boolean;
  /** How many requests were sent (0 when refused before sending). */
  readonly attempts: number;
  readonly raw: unknown;
  /**
   * Who answered: `mock-gateway` when the Switchboard mock gateway answered on its own
   * behalf (its `x-mock-source: gateway` header: a malformed fault header, an unknown
   * prefix, ...), `vendor` for every other answer, null when no answer came.
   */
  readonly source: UpdateErrorSource | null;

  constructor(details: UpdateErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.vendor = details.vendor;
    this.operation = details.operation;
    this.kind = details.kind;
    this.status = details.status ?? null;
    this.issues = details.issues ?? [];
    this.requestId = details.requestId ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.retryable = isRetryable(details.kind, this.status);
    this.attempts = details.attempts ?? 0;
    this.raw = details.raw;
    this.source = details.source ?? null;
  }

  toJSON() {
    return {
      name: this.name,
      vendor: this.vendor,
      operation: this.operation,
      kind: this.kind,
      status: this.status,
      message: this.message,
      issues: this.issues,
      requestId: this.requestId,
      retryAfterMs: this.retryAfterMs,
      retryable: this.retryable,
      attempts: this.attempts,
      raw: this.raw,
      source: this.source,
    };
  }
}

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

function isRetryable(kind: UpdateErrorKind, status: number | null): boolean {
  if (kind === "network" || kind === "timeout") return true;
  return status !== null && RETRYABLE_STATUSES.has(status);
}

/** The kind of failure an HTTP error status means. */
export function kindForStatus(status: number): UpdateErrorKind {
  switch (status) {
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
    case 410:
      return "not_found";
    case 409:
      return "conflict";
    case 408:
      return "timeout";
    case 429:
      return "rate_limited";
    default:
      return status >= 500 ? "server" : "validation";
  }
}
