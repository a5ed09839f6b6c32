import { isSessionKey, SESSION_RULE } from "../session.js";

/** Which journal entries to list: all of them by default, oldest first. */
export interface JournalFilter {
  /** Only requests to this vendor (its prefix, e.g. `twilio-flex`). */
  vendor?: string;
  /** Only requests that matched this operation (its operationId). */
  operation?: string;
  /** Only requests answered with this status. */
  status?: number;
  /** Only the request with this id (its `x-request-id`). */
  requestId?: string;
  /** Only requests received at or after this time (an ISO 8601 timestamp). */
  since?: string;
  /** Only requests sent under this session's base URLs. */
  session?: string;
  /** Only the newest `limit` of the entries the other filters leave (still oldest first). */
  limit?: number;
}

/** What an entry is matched on, kept beside its serialized form. */
export interface EntryFacts {
  vendor: string | null;
  operationId: string | null;
  status: number | null;
  requestId: string;
  time: string;
  session: string | null;
}

/** What the journal can be filtered by: the vendors served and their operations. */
export interface JournalCatalog {
  vendors: readonly { name: string; routes: readonly { operationId: string }[] }[];
}

type ParameterReader = (text: string, catalog: JournalCatalog) => { value: unknown } | string;

/**
 * `GET /__journal`'s query parameters, each read from its text or refused with its rule. A new
 * filter is one more row here and one more test in `matches`.
 */
const PARAMETERS: Readonly<Record<keyof JournalFilter, ParameterReader>> = {
  limit: (text) =>
    /^[1-9]\d*$/.test(text) && Number.isSafeInteger(Number(text))
      ? { value: Number(text) }
      : "must be a whole number greater than 0",
  vendor: (text, { vendors }) =>
    vendors.some(({ name }) => name === text)
      ? { value: text }
      : `must be a vendor the gateway serves (${vendors.map(({ name }) => name).join(", ")})`,
  operation: (text, { vendors }) =>
    vendors.some(({ routes }) => routes.some(({ operationId }) => operationId === text))
      ? { value: text }
      : "must be the operationId of an operation the gateway serves",
  status: (text) =>
    /^[1-5]\d\d$/.test(text) ? { value: Number(text) } : "must be a status code (100-599)",
  requestId: (text) => (text === "" ? "must not be empty" : { value: text }),
  since: (text) => (isTimestamp(text) ? { value: text } : "must be an ISO 8601 timestamp"),
  session: (text) => (isSessionKey(text) ? { value: text } : SESSION_RULE),
};

/** The filter a `GET /__journal` query asks for, or the problems with it, each naming its parameter. */
export function journalFilterOf(
  query: URLSearchParams,
  catalog: JournalCatalog,
): { filter: JournalFilter } | { problems: string[] } {
  const filter: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    const read = Object.hasOwn(PARAMETERS, name)
      ? PARAMETERS[name as keyof JournalFilter]
      : undefined;
    if (read === undefined) {
      problems.push(
        `${name}: unknown parameter; the journal takes ${Object.keys(PARAMETERS).join(", ")}`,
      );
    } else if (values.length > 1) {
      problems.push(`${name}: must be given at most once`);
    } else {
      const result = read(values[0] ?? "", catalog);
      if (typeof result === "string") problems.push(`${name}: ${result}`);
      else filter[name] = result.value;
    }
  }
  const { vendor, operation } = filter as JournalFilter;
  const vendorServed = catalog.vendors.find(({ name }) => name === vendor);
  if (vendorServed && operation !== undefined) {
    if (!vendorServed.routes.some(({ operationId }) => operationId === operation))
      problems.push(`operation: must be an operationId of vendor ${vendor}`);
  }
  return problems.length > 0 ? { problems } : { filter };
}

/** Refuses a filter the in-process API was handed that no query could express. */
export function checkJournalFilter(filter: JournalFilter): void {
  const { limit, vendor, operation, status, requestId, since, session } = filter;
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit > 0))
    throw new RangeError(`journal filter limit: must be a whole number greater than 0`);
  if (status !== undefined && !(Number.isSafeInteger(status) && status >= 100 && status <= 599))
    throw new RangeError(`journal filter status: must be a status code (100-599)`);
  for (const [name, value] of Object.entries({ vendor, operation, requestId })) {
    if (value !== undefined && typeof value !== "string")
      throw new TypeError(`journal filter ${name}: must be a string`);
  }
  if (since !== undefined && !isTimestamp(since))
    throw new TypeError(`journal filter since: must be an ISO 8601 timestamp`);
  if (session !== undefined && !isSessionKey(session))
    throw new TypeError(`journal filter session: ${SESSION_RULE}`);
}

/** Whether an entry passes the filter's conditions on the entry itself (all but `limit`). */
export function matches(entry: EntryFacts, filter: JournalFilter): boolean {
  return differences(entry, filter).length === 0;
}

/** Each condition of the filter the entry fails, as `field: wanted …, got …`. */
export function differences(entry: EntryFacts, filter: JournalFilter): string[] {
  const found: string[] = [];
  const differ = (field: string, wanted: unknown, got: unknown) =>
    found.push(`${field}: wanted ${JSON.stringify(wanted)}, got ${JSON.stringify(got)}`);
  const { vendor, operation, status, requestId, since, session } = filter;
  if (vendor !== undefined && entry.vendor !== vendor) differ("vendor", vendor, entry.vendor);
  if (operation !== undefined && entry.operationId !== operation)
    differ("operation", operation, entry.operationId);
  if (status !== undefined && entry.status !== status) differ("status", status, entry.status);
  if (requestId !== undefined && entry.requestId !== requestId)
    differ("requestId", requestId, entry.requestId);
  if (since !== undefined && Date.parse(entry.time) < Date.parse(since))
    differ("since", since, entry.time);
  if (session !== undefined && entry.session !== session) differ("session", session, entry.session);
  return found;
}

function isTimestamp(text: string): boolean {
  return /^\d{4}-\d\d-\d\dT/.test(text) && !Number.isNaN(Date.parse(text));
}
