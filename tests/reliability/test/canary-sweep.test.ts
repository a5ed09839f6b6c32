/**
 * The canary sweep: every way an update can fail, for every operation, with canary credentials,
 * against a hostile vendor that echoes what it receives (in its error body, its request id
 * header, a 401's challenge, a 2xx that is not JSON) or redirects elsewhere. Each update
 * resolves to a result, and no canary shows up in the result, its error's stack or cause chain,
 * or any hook event; a redirect to another origin reaches nothing there.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { createSwitchboard } from "@switchboard/sdk";
import { canaryOptions, registeredVendors } from "@switchboard/test-support";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { leakedSecrets, settle, trackUnhandledRejections } from "./support/leaks.js";
import { operationsUnderTest } from "./support/operations.js";

/** A password inside the configured base URL: a credential too. */
const URL_PASSWORD = "canary-url-password-0b9d";

const unhandled = trackUnhandledRejections();

/** Everything the hostile vendor received, as text, to echo back. */
async function received(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.stringify({
    url: request.url,
    headers: request.headers,
    body: Buffer.concat(chunks).toString("utf8"),
  });
}

/** How the hostile vendor answers, by the first segment of the request path. */
const answers: Record<string, (echo: string, response: ServerResponse) => void> = {
  "echo-fastapi": (echo, response) =>
    json(response, 422, { detail: [{ loc: ["body", echo], msg: echo, type: echo }] }),
  "echo-twilio": (echo, response) =>
    json(response, 400, { code: 20001, message: echo, more_info: echo, status: 400 }),
  "echo-problem": (echo, response) =>
    json(response, 422, { type: "about:blank", title: echo, status: 422, detail: echo }),
  "echo-request-id": (echo, response) => {
    response.writeHead(500, { "x-request-id": encodeURIComponent(echo) }).end(echo);
  },
  "echo-challenge": (echo, response) => {
    response.writeHead(401, { "www-authenticate": encodeURIComponent(echo) }).end(echo);
  },
  "html-success": (echo, response) => {
    response.writeHead(200, { "content-type": "text/html" }).end(`<p>${echo}</p>`);
  },
  "broken-json-success": (echo, response) => {
    response.writeHead(200, { "content-type": "application/json" }).end(`{"echo": ${echo}`);
  },
  reset: (_echo, response) => response.socket?.destroy(),
  hang: () => undefined,
};

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

let vendor: Server;
let elsewhere: Server;
let reachedElsewhere = 0;

function listen(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  const server = createServer(handler);
  return new Promise<Server>((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
const portOf = (server: Server) => (server.address() as AddressInfo).port;

beforeAll(async () => {
  elsewhere = await listen((request, response) => {
    reachedElsewhere += 1;
    request.resume();
    response.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  vendor = await listen((request, response) => {
    const scenario = request.url?.split("/")[1] ?? "";
    if (scenario === "redirect") {
      request.resume();
      const location = `http://127.0.0.1:${portOf(elsewhere)}/collect`;
      response.writeHead(307, { location }).end();
      return;
    }
    received(request).then(
      (echo) => {
        const answer = answers[scenario];
        if (answer) answer(echo, response);
        else json(response, 404, { detail: "no such scenario" });
      },
      () => response.destroy(),
    );
  });
});

afterAll(async () => {
  vendor.closeAllConnections();
  elsewhere.closeAllConnections();
  await Promise.all([vendor, elsewhere].map((server) => new Promise((r) => server.close(r))));
});

/** A scenario: where the vendor's base URL points, and what the call adds. */
interface Scenario {
  name: string;
  baseUrl: () => string;
  input?: (documented: Record<string, unknown>) => unknown;
  signal?: () => AbortSignal;
  throwingHook?: boolean;
}

const vendorAt = (scenario: string) => () => `http://127.0.0.1:${portOf(vendor)}/${scenario}`;

const scenarios: Scenario[] = [
  ...[...Object.keys(answers), "redirect"].map((name) => ({ name, baseUrl: vendorAt(name) })),
  {
    name: "a body that contains itself",
    baseUrl: vendorAt("echo-fastapi"),
    input: (documented) => {
      const body: Record<string, unknown> = { password: "x", ...(documented.body as object) };
      body.loop = body;
      return { ...documented, body };
    },
  },
  {
    name: "a body nested 5,000 deep",
    baseUrl: vendorAt("echo-fastapi"),
    input: (documented) => {
      let body: unknown = { ...(documented.body as object) };
      for (let depth = 0; depth < 5_000; depth += 1) body = { nested: body };
      return { ...documented, body };
    },
  },
  {
    name: "a body whose getter throws",
    baseUrl: vendorAt("echo-fastapi"),
    input: (documented) => ({
      ...documented,
      body: Object.defineProperty({ ...(documented.body as object) }, "broken", {
        enumerable: true,
        get() {
          throw new Error("getter failed");
        },
      }),
    }),
  },
  {
    name: "a hook that throws what it was given",
    baseUrl: vendorAt("echo-fastapi"),
    throwingHook: true,
  },
  {
    name: "an update aborted by the caller",
    baseUrl: vendorAt("hang"),
    signal: () => AbortSignal.abort(),
  },
];

describe.each(operationsUnderTest.map((operation) => [operation.name, operation] as const))(
  "%s",
  (_, operation) => {
    const registered = registeredVendors().find(
      ({ manifest }) => manifest.name === operation.spec.vendor,
    )!;

    test.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
      "%s: resolves, and shows no credential",
      async (__, scenario) => {
        const events: unknown[] = [];
        const record = (event: unknown) => {
          events.push(event);
          if (scenario.throwingHook) throw new Error(`hook saw ${JSON.stringify(event)}`);
        };
        const sb = createSwitchboard({
          [registered.key]: {
            ...canaryOptions(registered.manifest),
            baseUrl: scenario.baseUrl(),
          },
          retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
          timeoutMs: 300,
          hooks: { onRequest: record, onResponse: record },
        } as never);
        const documented = operation.documented.input as Record<string, unknown>;
        const input = scenario.input ? scenario.input(documented) : documented;
        const call = scenario.signal ? { signal: scenario.signal() } : {};
        const before = reachedElsewhere;

        const outcome = await sb.update(operation.name, input as never, call).then(
          (result) => ({ result }),
          (rejection: unknown) => ({ rejection }),
        );
        await settle();

        expect(outcome).not.toHaveProperty("rejection");
        const { result } = outcome as { result: { ok: boolean; error?: Error } };
        expect(result.ok).toBe(false);
        const printed = [result, events, causeChain(result.error)];
        expect(leakedSecrets(printed)).toEqual([]);
        expect(inspect(printed, { depth: Infinity, showHidden: true })).not.toContain(URL_PASSWORD);
        expect(JSON.stringify(printed)).not.toContain(URL_PASSWORD);
        expect(reachedElsewhere).toBe(before);
        expect(unhandled.reasons).toEqual([]);
      },
    );
  },
);

test.each(registeredVendors().map((registered) => [registered.key, registered] as const))(
  "%s: a password in the base URL is refused at configuration, never quoted",
  (_, registered) => {
    const baseUrl = `http://user:${URL_PASSWORD}@127.0.0.1:${portOf(vendor)}/echo-fastapi`;
    let thrown: unknown;
    try {
      createSwitchboard({
        [registered.key]: { ...canaryOptions(registered.manifest), baseUrl },
      } as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    const printed = inspect(thrown, { depth: Infinity, showHidden: true });
    expect(printed).not.toContain(URL_PASSWORD);
    expect(leakedSecrets(printed)).toEqual([]);
  },
);

/** Each error's stack down its cause chain (stacks are not enumerable, so print them here). */
function causeChain(error: unknown): string[] {
  const stacks: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 10; depth += 1) {
    stacks.push(String(current.stack), current.message);
    current = current.cause;
  }
  return stacks;
}
