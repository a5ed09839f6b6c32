import { redactBody, redactHeaders } from "@switchboard/client-runtime";
import type { RequestHeaders } from "../../types.js";
import { bodyForJournal } from "./journal-body.js";

/** What the gateway received, and what it answered. */
export interface JournalEntry {
  time: string;
  /** Sent back as the `x-request-id` response header. */
  requestId: string;
  vendor: string | null;
  operationId: string | null;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** Credentials redacted. */
  headers: Record<string, string>;
  /** Parsed when JSON or a form; credentials redacted. */
  body: unknown;
  /** The status answered, or null when an injected fault dropped the connection. */
  status: number | null;
}

/** A request as the gateway received it: query, headers and body not yet parsed or redacted. */
export interface ReceivedRequest extends Omit<JournalEntry, "query" | "headers" | "body"> {
  query: Record<string, string | string[]>;
  headers: RequestHeaders;
  /** Set once the body has been read. */
  body?: { raw: Buffer; contentType: string | undefined; jsonFormFields: ReadonlySet<string> };
}

interface RedactedParts {
  query: JournalEntry["query"];
  headers: JournalEntry["headers"];
  body?: { of: ReceivedRequest["body"]; view: unknown };
}

/**
 * The request journal: the newest `limit` requests, oldest first. Parsing and redaction wait
 * until the journal is read, so serving a request pays for neither.
 */
export class Journal {
  readonly #received: ReceivedRequest[] = [];
  readonly #redacted = new WeakMap<ReceivedRequest, RedactedParts>();

  constructor(readonly limit: number) {}

  record(request: ReceivedRequest): void {
    this.#received.push(request);
    if (this.#received.length > this.limit)
      this.#received.splice(0, this.#received.length - this.limit);
  }

  /** A snapshot: later requests do not change a list already handed out. */
  list(): JournalEntry[] {
    return this.#received.map((request) => this.#entryOf(request));
  }

  clear(): void {
    this.#received.length = 0;
  }

  #entryOf(request: ReceivedRequest): JournalEntry {
    let parts = this.#redacted.get(request);
    if (parts === undefined) {
      parts = {
        query: redactBody(request.query) as JournalEntry["query"],
        headers: redactHeaders(request.headers),
      };
      this.#redacted.set(request, parts);
    }
    if (request.body !== undefined && parts.body?.of !== request.body) {
      const { raw, contentType, jsonFormFields } = request.body;
      parts.body = {
        of: request.body,
        view: redactBody(bodyForJournal(raw, contentType, jsonFormFields)),
      };
    }
    const { time, requestId, vendor, operationId, method, path, status } = request;
    const { query, headers } = parts;
    const body = parts.body?.view;
    return { time, requestId, vendor, operationId, method, path, query, headers, body, status };
  }
}
