/** Which journal entries to list: all of them by default, oldest first. */
export interface JournalFilter {
  /** Only requests to this vendor (its prefix, e.g. `twilio-flex`). */
  vendor?: string;
  /** Only requests that matched this operation (its operationId). */
  operation?: string;
  /** Only the newest `limit` of the entries the other filters leave (still oldest first). */
  limit?: number;
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
  const { limit, vendor, operation } = filter;
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit > 0))
    throw new RangeError(`journal filter limit: must be a whole number greater than 0`);
  for (const [name, value] of Object.entries({ vendor, operation })) {
    if (value !== undefined && typeof value !== "string")
      throw new TypeError(`journal filter ${name}: must be a string`);
  }
}

/** Whether an entry passes the filter's conditions on the entry itself (all but `limit`). */
export function matches(
  entry: { vendor: string | null; operationId: string | null },
  { vendor, operation }: JournalFilter,
): boolean {
  return (
    (vendor === undefined || entry.vendor === vendor) &&
    (operation === undefined || entry.operationId === operation)
  );
}
