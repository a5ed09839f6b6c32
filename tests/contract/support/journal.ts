import { expect } from "vitest";

import type { JournalEntry } from "@switchboard/mock";

import { gateway } from "./gateway.js";

export async function readJournal(): Promise<JournalEntry[]> {
  const response = await fetch(`${gateway().url}/__journal`);
  expect(response.status).toBe(200);
  return (await response.json()) as JournalEntry[];
}

export async function clearJournal(): Promise<void> {
  const response = await fetch(`${gateway().url}/__journal`, { method: "DELETE" });
  expect(response.status).toBe(204);
}
