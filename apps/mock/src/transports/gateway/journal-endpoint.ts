import type { ServerResponse } from "node:http";
import type { MockEngine } from "../../engine/engine.js";
import { journalFilterOf } from "../../engine/journal/journal-filter.js";
import { send } from "./http.js";

/**
 * `/__journal`: GET lists it (filtered by `limit`, `vendor`, `operation`; a bad parameter is a
 * 400 naming it and its rule), DELETE clears it.
 */
export async function serveJournal(
  engine: MockEngine,
  method: string,
  query: URLSearchParams,
  response: ServerResponse,
): Promise<void> {
  if (method === "DELETE") {
    engine.journal.clear();
    return send(response, 204, undefined);
  }
  if (method !== "GET") return send(response, 405, { error: "Use GET or DELETE on /__journal" });
  const read = journalFilterOf(query, engine);
  if ("problems" in read) {
    return send(response, 400, { error: `Bad journal query: ${read.problems.join("; ")}` });
  }
  response.writeHead(200, { "content-type": "application/json" });
  await writeChunks(response, engine.journal.jsonChunks(read.filter));
}

/**
 * Writes the pieces one at a time, waiting for the socket to drain when it is full and for the
 * event loop's next turn otherwise, so a large journal never holds up other requests for long.
 */
async function writeChunks(response: ServerResponse, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (response.destroyed) return;
    if (response.write(chunk)) await new Promise((resolve) => setImmediate(resolve));
    else await drainedOrClosed(response);
  }
  response.end();
}

function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off("drain", done).off("close", done);
      resolve();
    };
    response.on("drain", done).on("close", done);
  });
}
