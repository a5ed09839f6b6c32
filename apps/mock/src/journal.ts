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

/** The request journal: the newest `limit` entries, oldest first. */
export class Journal {
  readonly #entries: JournalEntry[] = [];

  constructor(readonly limit: number) {}

  record(entry: JournalEntry): void {
    this.#entries.push(entry);
    if (this.#entries.length > this.limit)
      this.#entries.splice(0, this.#entries.length - this.limit);
  }

  /** A snapshot: later requests do not change a list already handed out. */
  list(): JournalEntry[] {
    return [...this.#entries];
  }

  clear(): void {
    this.#entries.length = 0;
  }
}

/** The body as the journal shows it: JSON and forms parsed (JSON form fields too), else text. */
export function bodyForJournal(
  raw: Buffer,
  contentType: string | undefined,
  jsonFormFields: ReadonlySet<string>,
): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString("utf8");
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (/json/.test(mediaType)) return parseJson(text) ?? text;
  if (mediaType !== "application/x-www-form-urlencoded") return text;
  return Object.fromEntries(
    [...new URLSearchParams(text)].map(([name, value]) => [
      name,
      jsonFormFields.has(name) ? (parseJson(value) ?? value) : value,
    ]),
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
