/** What a queued answer replies with: a documented example, a status, or a fault. */
export interface StubAnswer {
  /** A status the operation documents (its documented response), or any 4xx/5xx. */
  status?: number;
  /** The name of an example the operation documents, answered with its status. */
  example?: string;
  /** `Retry-After` to send with an error answer: seconds, or an HTTP date. */
  retryAfter?: number | string;
  /** Wait this long first (whole milliseconds, at most 60 000). */
  delayMs?: number;
  /** Drop the connection without answering. */
  reset?: boolean;
}

/** Which requests a queued answer is for, and what it replies; `POST /__admin/stubs` takes it. */
export interface StubDefinition {
  /** The vendor's prefix (`twilio-flex`). */
  vendor: string;
  /** Only requests that matched this operation (its operationId). */
  operation?: string;
  /** Only requests with these path parameters (names as the spec spells them); needs `operation`. */
  pathParams?: Record<string, string>;
  /** Only requests whose decoded body contains this (objects by key, arrays and values equal). */
  body?: unknown;
  /** Only requests sent under this session's base URLs; none: only requests outside sessions. */
  session?: string;
  /** Answer the next N matching requests, then go; left out: until removed. */
  times?: number;
  answer: StubAnswer;
}

/** A queued answer as the gateway holds it. */
export interface Stub extends StubDefinition {
  id: string;
  /** How many requests it has answered. */
  matched: number;
  /** How many more it answers; null: until removed. */
  remaining: number | null;
}
