import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockEngine } from "../../engine/engine.js";
import { isSessionKey, SESSION_RULE } from "../../engine/session.js";
import { checkStub } from "../../engine/stubs/check-stub.js";
import { send } from "./http.js";
import { readBody } from "./read-body.js";

/** The admin API's own prefix, under the gateway's reserved `/__`. */
export const ADMIN_PREFIX = "/__admin";

/** The largest stub definition read (its body match included). */
const STUB_LIMIT_BYTES = 256 * 1024;

/**
 * `/__admin/…`: queued answers (`stubs`) and `reset`. A `session` query parameter scopes each
 * to one session; without it, listing, removing and reset act on everything, and a stub added
 * answers requests sent outside sessions.
 */
export async function serveAdmin(
  engine: MockEngine,
  request: IncomingMessage,
  url: URL,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? "GET";
  const route = url.pathname.slice(ADMIN_PREFIX.length);
  const session = url.searchParams.get("session") ?? undefined;
  if (session !== undefined && !isSessionKey(session))
    return send(response, 400, { error: `Bad admin query: session: ${SESSION_RULE}` });

  if (route === "/stubs") {
    if (method === "GET") return send(response, 200, engine.stubs.list(session));
    if (method === "DELETE") {
      engine.stubs.clear(session);
      return send(response, 204, undefined);
    }
    if (method === "POST") return addStub(engine, request, session, response);
    return send(response, 405, { error: "Use GET, POST or DELETE on /__admin/stubs" });
  }
  const stubId = /^\/stubs\/([^/]+)$/.exec(route)?.[1];
  if (stubId !== undefined) {
    if (method !== "DELETE")
      return send(response, 405, { error: "Use DELETE on /__admin/stubs/<id>" });
    return engine.stubs.remove(decodeURIComponent(stubId), session)
      ? send(response, 204, undefined)
      : send(response, 404, { error: `No stub ${decodeURIComponent(stubId)}` });
  }
  if (route === "/reset") {
    if (method !== "POST") return send(response, 405, { error: "Use POST on /__admin/reset" });
    engine.stubs.clear(session);
    engine.journal.clear(session);
    return send(response, 204, undefined);
  }
  return send(response, 404, {
    error: `No admin route ${url.pathname}; the admin API has /__admin/stubs, /__admin/stubs/<id> and /__admin/reset`,
  });
}

async function addStub(
  engine: MockEngine,
  request: IncomingMessage,
  session: string | undefined,
  response: ServerResponse,
): Promise<void> {
  let input: unknown;
  try {
    input = JSON.parse((await readBody(request, STUB_LIMIT_BYTES)).toString("utf8"));
  } catch (error) {
    return send(response, 400, { error: `The stub must be JSON: ${(error as Error).message}` });
  }
  // The query's session stands for the body's, so a scoped helper never has to repeat it.
  const scoped =
    session !== undefined && typeof input === "object" && input !== null
      ? { ...input, session }
      : input;
  const checked = checkStub(scoped, engine.vendors);
  if ("problems" in checked) {
    return send(response, 400, {
      error: `Bad stub: ${checked.problems.join("; ")}`,
      problems: checked.problems,
    });
  }
  send(response, 201, engine.stubs.add(checked.stub));
}
