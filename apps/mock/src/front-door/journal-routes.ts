import type { MockEngine } from "../engine/engine.js";
import { journalFilterOf } from "../engine/journal/journal-filter.js";
import type { MockResponse } from "../types.js";
import type { FrontDoorAnswer } from "./front-door-types.js";
import { ownAnswer } from "./own-answer.js";

/** How long `GET /__journal/wait` waits by default, and at most. */
export const WAIT_DEFAULT_MS = 5_000;
export const WAIT_MAX_MS = 60_000;

/**
 * `/__journal`: GET lists it (filtered by `vendor`, `operation`, `status`, `requestId`, `since`,
 * `session`, `limit`; a bad parameter is a 400 naming it and its rule), in pieces a transport
 * sends one at a time; DELETE clears it (one session's entries with `session=`).
 */
export function serveJournal(
  engine: MockEngine,
  method: string,
  query: URLSearchParams,
): FrontDoorAnswer {
  if (method === "DELETE") {
    const session = query.get("session") ?? undefined;
    const read = journalFilterOf(new URLSearchParams(session ? { session } : {}), engine);
    if ("problems" in read)
      return ownAnswer(400, { error: `Bad journal query: ${read.problems.join("; ")}` });
    engine.journal.clear(read.filter.session);
    return ownAnswer(204, undefined);
  }
  if (method !== "GET") return ownAnswer(405, { error: "Use GET or DELETE on /__journal" });
  const read = journalFilterOf(query, engine);
  if ("problems" in read) {
    return ownAnswer(400, { error: `Bad journal query: ${read.problems.join("; ")}` });
  }
  return {
    status: 200,
    headers: { "content-type": "application/json" },
    chunks: engine.journal.jsonChunks(read.filter),
  };
}

/**
 * `GET /__journal/wait`: the first answered request the filter matches, already journaled or
 * arriving within `timeoutMs` (default 5 000, at most 60 000). None in time: a 408 with the
 * closest journaled request and how it differs.
 */
export async function serveJournalWait(
  engine: MockEngine,
  method: string,
  query: URLSearchParams,
): Promise<MockResponse> {
  if (method !== "GET") return ownAnswer(405, { error: "Use GET on /__journal/wait" });
  const conditions = new URLSearchParams(query);
  const timeoutText = conditions.get("timeoutMs");
  conditions.delete("timeoutMs");
  const timeoutMs = timeoutText === null ? WAIT_DEFAULT_MS : Number(timeoutText);
  const problems: string[] = [];
  if (timeoutText !== null && !(/^\d+$/.test(timeoutText) && timeoutMs <= WAIT_MAX_MS))
    problems.push(`timeoutMs: must be whole milliseconds from 0 to ${WAIT_MAX_MS}`);
  const read = journalFilterOf(conditions, engine);
  if ("problems" in read) problems.push(...read.problems);
  if (problems.length > 0 || "problems" in read)
    return ownAnswer(400, { error: `Bad journal query: ${problems.join("; ")}` });
  const entry = await engine.journal.waitFor(read.filter, timeoutMs);
  if (entry !== undefined) return ownAnswer(200, entry);
  const closest = engine.journal.closest(read.filter);
  return ownAnswer(408, {
    error: `No request matching ${describeFilter(read.filter)} within ${timeoutMs} ms`,
    closest: closest?.entry ?? null,
    differences: closest?.differences ?? [],
  });
}

function describeFilter(filter: object): string {
  const parts = Object.entries(filter).map(([name, value]) => `${name}=${String(value)}`);
  return parts.length > 0 ? parts.join(", ") : "anything";
}
