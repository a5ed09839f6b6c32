/** The gateway's request journal, read and cleared over its HTTP API. */
import type { JournalEntry } from "@switchboard/mock";
import { expect } from "vitest";

import { gateway } from "./gateway-info.js";

export type { JournalEntry };

export async function readJournal(): Promise<JournalEntry[]> {
  const response = await fetch(`${gateway().url}/__journal`);
  expect(response.status).toBe(200);
  return (await response.json()) as JournalEntry[];
}

export async function clearJournal(): Promise<void> {
  const response = await fetch(`${gateway().url}/__journal`, { method: "DELETE" });
  expect(response.status).toBe(204);
}

/** The milliseconds between consecutive entries: how long a client waited before each retry. */
export function gapsMs(entries: readonly Pick<JournalEntry, "time">[]): number[] {
  const times = entries.map((entry) => Date.parse(entry.time));
  return times.slice(1).map((time, index) => time - times[index]!);
}
