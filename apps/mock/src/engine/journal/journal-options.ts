import { JOURNAL_DEFAULTS, type JournalOptions } from "./journal.js";

/** The journal's bounds as the gateway is given them (`startMockGateway`'s option names). */
export interface JournalBounds {
  /** How many requests the journal keeps (default 1000); 0 keeps none. */
  journalLimit?: number | undefined;
  /** How many bytes of entries the journal keeps (default 16 MiB). */
  journalMaxBytes?: number | undefined;
}

/** The journal's options, or an error naming the bound that is not a valid whole number. */
export function journalOptions({ journalLimit, journalMaxBytes }: JournalBounds): JournalOptions {
  const limit = journalLimit ?? JOURNAL_DEFAULTS.limit;
  const maxBytes = journalMaxBytes ?? JOURNAL_DEFAULTS.maxBytes;
  if (!Number.isSafeInteger(limit) || limit < 0)
    throw new RangeError(`journalLimit must be a whole number, 0 or more; got ${String(limit)}`);
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1)
    throw new RangeError(`journalMaxBytes must be a whole number above 0; got ${String(maxBytes)}`);
  return { limit, maxBytes };
}
