import type { JournalEntry } from "../engine/journal/journal.js";

/** A request a test waited for never came: the message shows the closest one and how it differs. */
export class MockExpectationError extends Error {
  override readonly name = "MockExpectationError";

  constructor(
    message: string,
    /** The journaled request nearest to what was waited for, if any. */
    readonly closest: JournalEntry | null,
    /** How it differs, one `field: wanted …, got …` each. */
    readonly differences: readonly string[],
  ) {
    super(
      closest === null
        ? `${message}; the journal holds no request${differences.length > 0 ? "" : " to compare"}`
        : [
            `${message}.`,
            `Closest journaled request: ${closest.method} ${closest.vendor ?? "?"} ${closest.path} → ${String(closest.status)} (${closest.operationId ?? "no operation"}, request ${closest.requestId})`,
            ...differences.map((difference) => `  ${difference}`),
          ].join("\n"),
    );
  }
}
