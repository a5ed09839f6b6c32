import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, test, vi } from "vitest";
import { logFailure } from "../../../src/transports/gateway/log-failure.js";

const CANARY = "canary-log-2b7f";

function request(url: string, socketDestroyed = false): IncomingMessage {
  return { method: "PUT", url, socket: { destroyed: socketDestroyed } } as IncomingMessage;
}

/** An error whose message and stack quote what the client sent, as JSON.parse's do. */
const quoting = new SyntaxError(`Unexpected token in "password=${CANARY}"`);

function logged(url: string, error: unknown = quoting, socketDestroyed = false): string[] {
  const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
  logFailure(request(url, socketDestroyed), error);
  return spy.mock.calls.map((call) => call.join(" "));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("logFailure", () => {
  test.each([
    { url: `/syllable/api/v1/channels/?api_key=${CANARY}`, path: "/syllable/api/v1/channels/" },
    { url: `/twilio-flex/v1/a;token=${CANARY}/b`, path: "/twilio-flex/v1/[REDACTED]/b" },
    { url: `http://user:${CANARY}@host/syllable/x?pwd=1`, path: "/syllable/x" },
    { url: `http://%zz/?api_key=${CANARY}`, path: "/" },
    { url: `*`, path: "(a request target that is not a path)" },
    { url: `/a\u001b[2Jb`, path: "/a?[2Jb" },
    { url: `/${"x".repeat(500)}`, path: `/${"x".repeat(199)}…` },
  ])("one line with the method and $path; no query, message or stack", ({ url, path }) => {
    const lines = logged(url);
    expect(lines).toStrictEqual([
      `switchboard-mock: internal error (SyntaxError) answering PUT ${path}`,
    ]);
    expect(lines.join("\n")).not.toContain(CANARY);
  });

  test.each([
    {
      name: "a reset connection",
      error: Object.assign(new Error("aborted"), { code: "ECONNRESET" }),
    },
    { name: "a closed socket", error: quoting, socketDestroyed: true },
  ])("nothing for a client that left: $name", ({ error, socketDestroyed }) => {
    expect(logged("/syllable/x", error, socketDestroyed)).toStrictEqual([]);
  });
});
