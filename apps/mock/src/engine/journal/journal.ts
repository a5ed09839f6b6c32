import { redactBody, redactHeaders } from "@switchboard/client-runtime";
import type { RequestHeaders } from "../../types.js";
import { redactEmbedded, redactPath } from "./embedded-secrets.js";
import { keptBodyJson, type ReceivedBody } from "./journal-body.js";
import { isEmpty } from "../is-empty.js";
import { RedactionMemo } from "./redaction-memo.js";
import {
  checkJournalFilter,
  differences,
  matches,
  type EntryFacts,
  type JournalFilter,
} from "./journal-filter.js";

/** What the gateway received, and what it answered. */
export interface JournalEntry {
  time: string;
  /** Sent back as the `x-request-id` response header. */
  requestId: string;
  vendor: string | null;
  operationId: string | null;
  method: string;
  /** Percent-encoded as received; a segment holding a credential is `[REDACTED]`. */
  path: string;
  /** Credentials redacted. */
  query: Record<string, string | string[]>;
  /** Credentials redacted. */
  headers: Record<string, string>;
  /**
   * Parsed when JSON or a form, credentials redacted; an OmittedBody marker when too large or
   * not readable; undefined until read, or when empty.
   */
  body: unknown;
  /** The status answered, or null when an injected fault dropped the connection. */
  status: number | null;
  /** The session whose base URL the request was sent to, or null. */
  session: string | null;
  /** A proxied request only: how it and the upstream's answer break the spec. */
  violations?: SpecViolation[];
}

/** One way a proxied request, or the upstream's answer to it, breaks the spec. */
export interface SpecViolation {
  in: "request" | "response";
  /** A JSON Pointer into the message: `/status`, `/headers/retry-after`, `/body/status`. */
  pointer: string;
  /** A JSON Schema keyword (`enum`, `required`, `type`...) or the proxy's own (`status`...). */
  rule: string;
  message: string;
}

/** A request as the gateway received it: query and headers not yet redacted. */
export interface ReceivedRequest extends Omit<
  JournalEntry,
  "headers" | "body" | "status" | "violations"
> {
  headers: RequestHeaders;
}

/** A recorded request, for its handler to complete with `Journal.settle`. */
export interface JournalRecord {
  readonly requestId: string;
}

/** The entry nearest to what a wait asked for, and how it differs. */
export interface ClosestEntry {
  entry: JournalEntry;
  differences: string[];
}

export interface JournalOptions {
  /** How many entries it keeps. */
  limit: number;
  /** How many bytes of entries it keeps: their JSON's UTF-8 size, as `GET /__journal` sends it. */
  maxBytes: number;
  /** The largest body JSON one entry keeps; a larger one is cut to a preview. */
  maxBodyBytes?: number;
}

export const JOURNAL_DEFAULTS = {
  limit: 1000,
  maxBytes: 16 * 1024 * 1024,
  maxBodyBytes: 64 * 1024,
} as const;

/** How much JSON `jsonChunks` gathers before handing it out. */
const CHUNK_CHARS = 64 * 1024;
/** `,"body":` and `,"status":null}`, the longest a status is written (three digits are shorter). */
const BODY_KEY_BYTES = Buffer.byteLength(',"body":');
const VIOLATIONS_KEY_BYTES = Buffer.byteLength(',"violations":');
const STATUS_BYTES = Buffer.byteLength(',"status":null}');

/** How a body is read for the journal: everything keptBodyJson reads besides its bytes. */
function bodyKind({ contentType, jsonFormFields }: ReceivedBody): string {
  let fields = formFieldsKey.get(jsonFormFields);
  if (fields === undefined) {
    fields = JSON.stringify([...jsonFormFields]);
    formFieldsKey.set(jsonFormFields, fields);
  }
  return `body ${JSON.stringify(contentType ?? null)} ${fields}`;
}

// A vendor's JSON form fields are one set for all its requests, so each is written out once.
const formFieldsKey = new WeakMap<ReadonlySet<string>, string>();

/**
 * One entry as kept: everything but body and status serialized, redacted, at record time, so the
 * raw request is let go at once and what the journal holds is exactly what it counts.
 */
class KeptEntry implements JournalRecord, EntryFacts {
  status: number | null = null;
  /** Whether it has been answered (or its connection dropped). */
  settled = false;
  /** The kept body's JSON, once the body is read. */
  body: string | undefined;
  /** The spec violations' JSON, for a proxied request. */
  violations: string | undefined;
  bytes: number;
  readonly requestId: string;
  readonly vendor: string | null;
  readonly operationId: string | null;
  readonly time: string;
  readonly session: string | null;

  constructor(
    facts: Omit<EntryFacts, "status">,
    /** The entry's JSON up to (without) `body` and `status`, without its closing brace. */
    readonly head: string,
  ) {
    ({
      requestId: this.requestId,
      vendor: this.vendor,
      operationId: this.operationId,
      time: this.time,
      session: this.session,
    } = facts);
    this.bytes = Buffer.byteLength(head) + STATUS_BYTES;
  }

  json(): string {
    const body = this.body === undefined ? "" : `,"body":${this.body}`;
    const violations = this.violations === undefined ? "" : `,"violations":${this.violations}`;
    return `${this.head}${body}${violations},"status":${JSON.stringify(this.status)}}`;
  }

  entry(): JournalEntry {
    const head = JSON.parse(`${this.head}}`) as Omit<JournalEntry, "body" | "status">;
    const body: unknown = this.body === undefined ? undefined : JSON.parse(this.body);
    if (this.violations === undefined) return { ...head, body, status: this.status };
    const violations = JSON.parse(this.violations) as SpecViolation[];
    return { ...head, body, violations, status: this.status };
  }
}

/**
 * The request journal: the newest requests, oldest first, bounded both in entries and in bytes
 * (the oldest go first). Each request is redacted and serialized once, when recorded, so reading
 * the journal costs no more than copying out what it keeps.
 */
export class Journal {
  readonly limit: number;
  readonly maxBytes: number;
  readonly #maxBodyBytes: number;
  /** Oldest first: a Set iterates in insertion order and drops its oldest in constant time. */
  readonly #entries = new Set<KeptEntry>();
  #bytes = 0;
  /** Waits for a request yet to come, each told of every entry settled. */
  readonly #waiters = new Set<(entry: KeptEntry) => void>();
  /** Redactions of the headers, queries and bodies seen lately. */
  readonly #memo = new RedactionMemo();

  constructor(options: JournalOptions) {
    this.limit = options.limit;
    this.maxBytes = options.maxBytes;
    this.#maxBodyBytes = options.maxBodyBytes ?? JOURNAL_DEFAULTS.maxBodyBytes;
  }

  /** The bytes of entries it holds now. */
  get bytes(): number {
    return this.#bytes;
  }

  record(request: ReceivedRequest): JournalRecord {
    const { time, requestId, vendor, operationId, method, session } = request;
    const { path, query, headers } = request;
    // As JSON.stringify writes the whole object, its redacted parts written by the memo.
    const head =
      JSON.stringify({ time, requestId, vendor, operationId, session, method }).slice(0, -1) +
      `,"path":${JSON.stringify(redactPath(path))}` +
      `,"query":${isEmpty(query) ? "{}" : this.#redactedJson("query", query, redactBody)}` +
      `,"headers":${this.#redactedJson("headers", headers, redactHeaders)}`;
    const kept = new KeptEntry({ requestId, vendor, operationId, time, session }, head);
    this.#entries.add(kept);
    this.#bytes += kept.bytes;
    this.#evict();
    return kept;
  }

  /** Adds the request's body, once read, to its entry (if the entry is still kept). */
  recordBody(record: JournalRecord, body: ReceivedBody): void {
    const kept = record as KeptEntry;
    if (!this.#entries.has(kept) || kept.body !== undefined || body.raw.length === 0) return;
    const maxBodyBytes = this.#maxBodyBytes;
    kept.body = this.#memo.redacted(bodyKind(body), body.raw, () =>
      // Not empty, so there is a JSON text to keep.
      String(keptBodyJson(body, maxBodyBytes)),
    );
    const bodyBytes = BODY_KEY_BYTES + Buffer.byteLength(kept.body);
    kept.bytes += bodyBytes;
    this.#bytes += bodyBytes;
    this.#evict();
  }

  /** The JSON of a query's or headers' copy with every credential redacted. */
  #redactedJson<T extends object>(kind: string, value: T, redact: (value: T) => unknown): string {
    // Strings and lists of strings by name: their JSON is all the redactors read of them.
    return this.#memo.redacted(kind, JSON.stringify(value), () =>
      JSON.stringify(redactEmbedded(redact(value))),
    );
  }

  /** Adds a proxied request's spec violations to its entry (if the entry is still kept). */
  recordViolations(record: JournalRecord, violations: readonly SpecViolation[]): void {
    const kept = record as KeptEntry;
    if (!this.#entries.has(kept) || kept.violations !== undefined) return;
    kept.violations = JSON.stringify(violations);
    const violationBytes = VIOLATIONS_KEY_BYTES + Buffer.byteLength(kept.violations);
    kept.bytes += violationBytes;
    this.#bytes += violationBytes;
    this.#evict();
  }

  /** Completes a request's entry: the status answered (null: the connection was dropped). */
  settle(record: JournalRecord, status: number | null): void {
    const kept = record as KeptEntry;
    kept.status = status;
    kept.settled = true;
    for (const waiter of this.#waiters) waiter(kept);
  }

  /**
   * The first answered request the filter matches: one already answered, or the next to be,
   * within `timeoutMs`; undefined when none comes in time.
   */
  waitFor(filter: JournalFilter, timeoutMs: number): Promise<JournalEntry | undefined> {
    const conditions = { ...filter, limit: undefined };
    const found = this.#select(conditions).find((kept) => kept.settled);
    if (found) return Promise.resolve(found.entry());
    return new Promise((resolve) => {
      const done = (entry: JournalEntry | undefined) => {
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        resolve(entry);
      };
      const waiter = (kept: KeptEntry) => {
        if (matches(kept, conditions)) done(kept.entry());
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  /**
   * The kept entry that fails the fewest of the filter's conditions (the newest of those), with
   * what it fails; only entries of the filter's session count. Undefined when there are none.
   */
  closest(filter: JournalFilter): ClosestEntry | undefined {
    let best: { kept: KeptEntry; differences: string[] } | undefined;
    for (const kept of this.#entries) {
      if (filter.session !== undefined && kept.session !== filter.session) continue;
      const found = differences(kept, filter);
      if (best === undefined || found.length <= best.differences.length)
        best = { kept, differences: found };
    }
    return best && { entry: best.kept.entry(), differences: best.differences };
  }

  /** A snapshot: later requests do not change a list already handed out. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    return this.#select(filter).map((kept) => kept.entry());
  }

  /**
   * The listing as JSON (`JSON.stringify(list(filter))`, in pieces of about 64 KiB), so a
   * transport can write it out a piece at a time and serve other requests in between.
   */
  *jsonChunks(filter: JournalFilter = {}): Generator<string> {
    let chunk = "[";
    let separator = "";
    for (const kept of this.#select(filter)) {
      chunk += separator + kept.json();
      separator = ",";
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = "";
      }
    }
    yield `${chunk}]`;
  }

  /** Forgets every entry, or only those of one session. */
  clear(session?: string): void {
    for (const kept of this.#entries) {
      if (session !== undefined && kept.session !== session) continue;
      this.#entries.delete(kept);
      this.#bytes -= kept.bytes;
    }
  }

  #select(filter: JournalFilter): KeptEntry[] {
    checkJournalFilter(filter);
    const selected = [...this.#entries].filter((kept) => matches(kept, filter));
    return filter.limit === undefined ? selected : selected.slice(-filter.limit);
  }

  #evict(): void {
    for (const oldest of this.#entries) {
      if (this.#entries.size <= this.limit && this.#bytes <= this.maxBytes) return;
      this.#entries.delete(oldest);
      this.#bytes -= oldest.bytes;
    }
  }
}
