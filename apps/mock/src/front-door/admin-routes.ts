import type { MockEngine } from "../engine/engine.js";
import { isSessionKey, SESSION_RULE } from "../engine/session.js";
import { checkStub } from "../engine/stubs/check-stub.js";
import type { MockResponse } from "../types.js";
import type { FrontDoorRequest } from "./front-door-types.js";
import { ownAnswer } from "./own-answer.js";

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
  request: FrontDoorRequest,
  url: URL,
): Promise<MockResponse> {
  const { method } = request;
  const route = url.pathname.slice(ADMIN_PREFIX.length);
  const session = url.searchParams.get("session") ?? undefined;
  if (session !== undefined && !isSessionKey(session))
    return ownAnswer(400, { error: `Bad admin query: session: ${SESSION_RULE}` });

  if (route === "/stubs") {
    if (method === "GET") return ownAnswer(200, engine.stubs.list(session));
    if (method === "DELETE") {
      engine.stubs.clear(session);
      return ownAnswer(204, undefined);
    }
    if (method === "POST") return addStub(engine, request, session);
    return ownAnswer(405, { error: "Use GET, POST or DELETE on /__admin/stubs" });
  }
  const stubId = /^\/stubs\/([^/]+)$/.exec(route)?.[1];
  if (stubId !== undefined) {
    if (method !== "DELETE") return ownAnswer(405, { error: "Use DELETE on /__admin/stubs/<id>" });
    const id = decodeURIComponent(stubId);
    return engine.stubs.remove(id, session)
      ? ownAnswer(204, undefined)
      : ownAnswer(404, { error: `No stub ${id}` });
  }
  if (route === "/reset") {
    if (method !== "POST") return ownAnswer(405, { error: "Use POST on /__admin/reset" });
    engine.stubs.clear(session);
    engine.journal.clear(session);
    return ownAnswer(204, undefined);
  }
  return ownAnswer(404, {
    error: `No admin route ${url.pathname}; the admin API has /__admin/stubs, /__admin/stubs/<id> and /__admin/reset`,
  });
}

async function addStub(
  engine: MockEngine,
  request: FrontDoorRequest,
  session: string | undefined,
): Promise<MockResponse> {
  let input: unknown;
  try {
    input = JSON.parse((await request.readBody(STUB_LIMIT_BYTES)).toString("utf8"));
  } catch (error) {
    return ownAnswer(400, { error: `The stub must be JSON: ${(error as Error).message}` });
  }
  // The query's session stands for the body's, so a scoped helper never has to repeat it.
  const scoped =
    session !== undefined && typeof input === "object" && input !== null
      ? { ...input, session }
      : input;
  const checked = checkStub(scoped, engine.vendors);
  if ("problems" in checked) {
    return ownAnswer(400, {
      error: `Bad stub: ${checked.problems.join("; ")}`,
      problems: checked.problems,
    });
  }
  return ownAnswer(201, engine.stubs.add(checked.stub));
}
