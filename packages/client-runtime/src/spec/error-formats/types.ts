/** The error body formats the specs declare; each vendor answers in one of them. */
export type ErrorFormatName = "fastapi" | "twilio" | "problem";

/** One broken rule in a request, as the mock reports it and a vendor's body words it. */
export interface Violation {
  /** Where: `["body", "Routing", "status"]`, `["path", "campaign_id"]`, `["query", "append"]`. */
  readonly location: readonly (string | number)[];
  /** The rule: a JSON Schema keyword (`required`, `enum`, ...) or the mock's own (`malformed`). */
  readonly rule: string;
  readonly message: string;
}

/** One problem an error body names: a JSON Pointer into `{ path, query, body }`, and why. */
export interface ErrorIssue {
  readonly path: string;
  readonly message: string;
  /** The vendor's own name for the rule broken, when its body gives one. */
  readonly rule?: string;
}

/** What an error body says, once read in its format. */
export interface ErrorReading {
  readonly message: string;
  readonly issues: readonly ErrorIssue[];
}

/** How to recognize and read a body in one error format: all a client needs of it. */
export interface ErrorReader {
  readonly name: ErrorFormatName;
  /** Whether a response body is in this format. */
  matches(body: unknown): boolean;
  read(body: Readonly<Record<string, unknown>>): ErrorReading;
}

/**
 * How a spec declares one error format, and how to write a body in it (the mock's side). Kept
 * apart from its reader so a client's bundle holds only the reading code.
 */
export interface ErrorWriter {
  /** Whether a schema (a spec's error response schema) describes bodies in this format. */
  describes(schema: Readonly<Record<string, unknown>>): boolean;
  /** The body of a request refused for breaking rules, naming each field and rule. */
  validationBody(status: number, violations: readonly Violation[]): unknown;
  /** The body of a request refused for one reason (unknown route, injected fault, ...). */
  plainBody(status: number, reason: string): unknown;
}

/** One error format whole: how a spec declares it, how to read a body, how to write one. */
export interface ErrorFormat extends ErrorReader, ErrorWriter {}
