import { writeFile } from "node:fs/promises";
import { GATEWAY_VERSION } from "../../version.js";
import type { HarEntry } from "./har-entry.js";

/** A HAR 1.2 document (http://www.softwareishard.com/blog/har-12-spec/). */
export interface Har {
  log: {
    version: "1.2";
    creator: { name: string; version: string };
    entries: HarEntry[];
  };
}

/**
 * Collects the proxied exchanges, credentials already redacted, for a HAR file written on
 * request (the gateway writes it when it closes).
 */
export class HarRecorder {
  readonly #entries: HarEntry[] = [];

  constructor(
    /** Where `write` puts the file. */
    readonly path: string,
  ) {}

  record(entry: HarEntry): void {
    this.#entries.push(entry);
  }

  /** The exchanges so far, oldest first, as a HAR document (a snapshot). */
  har(): Har {
    return {
      log: {
        version: "1.2",
        creator: { name: "@switchboard/mock", version: GATEWAY_VERSION },
        entries: [...this.#entries],
      },
    };
  }

  /** Writes the exchanges so far to `path`, replacing the file. */
  async write(): Promise<void> {
    await writeFile(this.path, `${JSON.stringify(this.har(), null, 2)}\n`);
  }
}
