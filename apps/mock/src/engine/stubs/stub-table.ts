import { randomUUID } from "node:crypto";
import { bodyMatches } from "./body-matches.js";
import type { Stub, StubDefinition } from "./stub.js";

/** A request as queued answers match it. */
export interface StubContext {
  vendor: string;
  operationId: string | null;
  pathParams: Readonly<Record<string, string>>;
  session: string | null;
  /** The decoded body (read only when a stub asks for a body match). */
  body: () => unknown;
}

/**
 * The queued answers of a gateway. The newest matching stub answers (a test's own stub wins
 * over one its setup added); one added for N requests goes after its Nth.
 */
export class StubTable {
  readonly #stubs: Stub[] = [];

  add(definition: StubDefinition): Stub {
    const stub: Stub = {
      ...structuredClone(definition),
      id: randomUUID(),
      matched: 0,
      remaining: definition.times ?? null,
    };
    this.#stubs.push(stub);
    return structuredClone(stub);
  }

  /** Copies, oldest first: all of them, or one session's (null: those outside sessions). */
  list(session?: string | null): Stub[] {
    return this.#stubs.filter((stub) => inSession(stub, session)).map((s) => structuredClone(s));
  }

  /** Whether there was such a stub (in the session, when one is given). */
  remove(id: string, session?: string | null): boolean {
    const index = this.#stubs.findIndex((stub) => stub.id === id && inSession(stub, session));
    if (index < 0) return false;
    this.#stubs.splice(index, 1);
    return true;
  }

  clear(session?: string | null): void {
    const kept = this.#stubs.filter((stub) => !inSession(stub, session));
    this.#stubs.splice(0, this.#stubs.length, ...kept);
  }

  /** The stub that answers this request, counted as used; undefined when none matches. */
  take(request: StubContext): Stub | undefined {
    for (let index = this.#stubs.length - 1; index >= 0; index -= 1) {
      const stub = this.#stubs[index];
      if (stub === undefined || !matchesRequest(stub, request)) continue;
      stub.matched += 1;
      if (stub.remaining !== null) {
        stub.remaining -= 1;
        if (stub.remaining === 0) this.#stubs.splice(index, 1);
      }
      return stub;
    }
    return undefined;
  }
}

function inSession(stub: Stub, session: string | null | undefined): boolean {
  return session === undefined || (stub.session ?? null) === session;
}

function matchesRequest(stub: Stub, request: StubContext): boolean {
  return (
    stub.vendor === request.vendor &&
    (stub.session ?? null) === request.session &&
    (stub.operation === undefined || stub.operation === request.operationId) &&
    Object.entries(stub.pathParams ?? {}).every(
      ([name, value]) => request.pathParams[name] === value,
    ) &&
    (stub.body === undefined || bodyMatches(request.body(), stub.body))
  );
}
