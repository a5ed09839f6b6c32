import { inspect } from "node:util";
import { REDACTED } from "@switchboard/client-runtime";
import { describe, expect, test } from "vitest";
import { MAX_CAUSE_DEPTH, scrubFailureDetails } from "../../src/scrub-failure.js";
import { SecretSet } from "../../src/secrets.js";
import { UpdateError, type UpdateErrorDetails } from "../../src/update-error.js";

const CANARY = "canary-scrub-4f2d";
const secrets = new SecretSet([CANARY]);
const BASE = { vendor: "acme", operation: "updateQueue", kind: "validation" } as const;

function scrubbed(details: Partial<UpdateErrorDetails>): UpdateError {
  return new UpdateError(scrubFailureDetails({ ...BASE, message: "failed", ...details }, secrets));
}

/** Everything a caller can see of an error. */
function surfaces(error: UpdateError): string {
  return [
    error.message,
    error.stack,
    JSON.stringify(error),
    inspect(error, { depth: Infinity, showHidden: true }),
  ].join("\n");
}

describe("scrubFailureDetails: every field an UpdateError shows", () => {
  test.each<{ field: string; details: Partial<UpdateErrorDetails> }>([
    { field: "message", details: { message: `422 token ${CANARY} is wrong` } },
    {
      field: "issues[].message",
      details: { issues: [{ path: "/body/x", message: `was ${CANARY}`, rule: "enum" }] },
    },
    {
      field: "issues[].path",
      details: { issues: [{ path: `/body/${CANARY}`, message: "is unknown" }] },
    },
    { field: "issues[].rule", details: { issues: [{ path: "/", message: "m", rule: CANARY }] } },
    { field: "requestId", details: { requestId: `Bearer ${CANARY}` } },
    {
      field: "raw",
      details: { raw: { echo: `Authorization: Bearer ${CANARY}`, nested: [{ pin: 1234 }] } },
    },
    { field: "cause", details: { cause: new TypeError(`fetch failed for ${CANARY}`) } },
    {
      field: "a cause's cause",
      details: { cause: new Error("outer", { cause: new Error(`inner ${CANARY}`) }) },
    },
    {
      field: "a cause's code",
      details: { cause: Object.assign(new Error("x"), { code: CANARY }) },
    },
    { field: "a cause that is no Error", details: { cause: { note: CANARY } } },
    {
      field: "a URL's user info",
      details: {
        message: "GET http://ann:other-pw@h/x",
        cause: new Error("at http://ann:other-pw@h/x"),
      },
    },
  ])("$field", ({ details }) => {
    const error = scrubbed(details);
    const seen = surfaces(error);
    expect(seen).not.toContain(CANARY);
    expect(seen).not.toContain("other-pw");
    expect(seen).not.toContain("1234");
  });

  test("a cause keeps its name, message, code and chain, scrubbed", () => {
    const inner = new RangeError(`inner ${CANARY}`);
    const cause = Object.assign(new TypeError("fetch failed", { cause: inner }), { code: "E_X" });
    const error = scrubbed({ cause });
    const copy = error.cause as Error & { code: string; cause: Error };
    expect(copy).not.toBe(cause);
    expect(copy).toBeInstanceOf(Error);
    expect(copy).toMatchObject({ name: "TypeError", message: "fetch failed", code: "E_X" });
    expect(copy.stack).toMatch(/^TypeError: fetch failed\n/);
    expect(copy.cause).toMatchObject({ name: "RangeError", message: `inner ${REDACTED}` });
  });

  test(`a cause chain is followed ${MAX_CAUSE_DEPTH} deep, and a circular one ends`, () => {
    const looped = new Error("loop");
    looped.cause = looped;
    let depth = 0;
    for (let cause = scrubbed({ cause: looped }).cause; cause; cause = (cause as Error).cause) {
      depth += 1;
    }
    expect(depth).toBe(MAX_CAUSE_DEPTH);
  });

  test("a cause whose fields throw is left out, not thrown", () => {
    const hostile = new Error("x");
    Object.defineProperty(hostile, "message", {
      get: () => {
        throw new Error("getter");
      },
    });
    expect(scrubbed({ cause: hostile }).cause).toBeUndefined();
  });

  test("the caller's objects are left as they were", () => {
    const cause = new Error(`x ${CANARY}`);
    const raw = { detail: CANARY };
    scrubbed({ cause, raw });
    expect(cause.message).toBe(`x ${CANARY}`);
    expect(raw.detail).toBe(CANARY);
  });
});

describe("a request refused before sending", () => {
  test("keeps its issues and message as the validator wrote them, even where a secret's value is a field name", () => {
    const named = new SecretSet(["name"]);
    const issue = {
      path: "/body/name",
      message: "must NOT have more than 64 characters",
      rule: "maxLength",
    };
    const details = {
      ...BASE,
      kind: "invalid_input" as const,
      message: "invalid input: /body/name must NOT have more than 64 characters (maxLength)",
      issues: [issue],
    };
    const error = new UpdateError(scrubFailureDetails(details, named));
    expect(error.issues).toEqual([issue]);
    expect(error.message).toBe(details.message);
  });
});
