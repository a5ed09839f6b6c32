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
/** The largest seed read: a whole resource. */
const SEED_LIMIT_BYTES = 1024 * 1024;

const ROUTES = "/__admin/stubs, /__admin/stubs/<id>, /__admin/state and /__admin/reset";

/**
 * `/__admin/…`: queued answers (`stubs`), stateful mode's resources (`state`) and `reset`. A
 * `session` query parameter scopes each to one session; without it, listing, removing and reset
 * act on everything, and a stub or seed added applies to requests sent outside sessions.
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
  if (route === "/state") {
    if (method === "GET") return ownAnswer(200, engine.state.list(session));
    if (method === "DELETE") {
      engine.state.clear(session);
      return ownAnswer(204, undefined);
    }
    if (method === "POST") return seedState(engine, request, session);
    return ownAnswer(405, { error: "Use GET, POST or DELETE on /__admin/state" });
  }
  if (route === "/reset") {
    if (method !== "POST") return ownAnswer(405, { error: "Use POST on /__admin/reset" });
    engine.stubs.clear(session);
    engine.state.clear(session);
    engine.journal.clear(session);
    return ownAnswer(204, undefined);
  }
  return ownAnswer(404, {
    error: `No admin route ${url.pathname}; the admin API has ${ROUTES}`,
  });
}

/**
 * The JSON a POST carries, its session set from the query's (so a scoped helper never has to
 * repeat it), or the 400 to answer.
 */
async function scopedJson(
  request: FrontDoorRequest,
  limitBytes: number,
  session: string | undefined,
  what: string,
): Promise<{ input: unknown } | { refused: MockResponse }> {
  let input: unknown;
  try {
    input = JSON.parse((await request.readBody(limitBytes)).toString("utf8"));
  } catch (error) {
    return {
      refused: ownAnswer(400, { error: `The ${what} must be JSON: ${(error as Error).message}` }),
    };
  }
  const scoped =
    session !== undefined && typeof input === "object" && input !== null
      ? { ...input, session }
      : input;
  return { input: scoped };
}

async function seedState(
  engine: MockEngine,
  request: FrontDoorRequest,
  session: string | undefined,
): Promise<MockResponse> {
  const read = await scopedJson(request, SEED_LIMIT_BYTES, session, "seed");
  if ("refused" in read) return read.refused;
  const seeded = engine.state.seed(read.input);
  if ("problems" in seeded) {
    return ownAnswer(400, {
      error: `Bad seed: ${seeded.problems.join("; ")}`,
      problems: seeded.problems,
    });
  }
  return ownAnswer(201, seeded.entry);
}

async function addStub(
  engine: MockEngine,
  request: FrontDoorRequest,
  session: string | undefined,
): Promise<MockResponse> {
  const read = await scopedJson(request, STUB_LIMIT_BYTES, session, "stub");
  if ("refused" in read) return read.refused;
  const checked = checkStub(read.input, engine.vendors);
  if ("problems" in checked) {
    return ownAnswer(400, {
      error: `Bad stub: ${checked.problems.join("; ")}`,
      problems: checked.problems,
    });
  }
  return ownAnswer(201, engine.stubs.add(checked.stub));
}
