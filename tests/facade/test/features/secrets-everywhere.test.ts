/**
 * Canary secrets through every field a caller can see: an error's message, issues, request id,
 * raw body, cause chain and stack, `JSON.stringify` and `util.inspect` of the result, and each
 * hook's arguments. The vendors here are hostile: they echo the request (body, headers, URL)
 * into every place an answer has.
 */
import { inspect } from "node:util";
import type { RequestEvent, ResponseEvent } from "@switchboard/sdk";
import { afterEach, expect, test } from "vitest";
import { ACME_TOKEN, acmeSwitchboard, createAcmeSwitchboard } from "../support/acme-facade.js";
import { documentedRequest } from "../support/acme-requests.js";
import { json, startLocalServer, type Answer, type LocalServer } from "../support/local-server.js";

const SIP_PASSWORD = "canary-sip-password-3b9e";
const URL_PASSWORD = "canary-url-password-6d0c";

const servers: LocalServer[] = [];
async function vendor(answer: Answer): Promise<string> {
  const started = await startLocalServer(answer);
  servers.push(started);
  return started.origin;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((started) => started.close()));
});

/** An agent update carrying the SIP password canary in its body. */
function agentInput() {
  const input = documentedRequest("acme.updateAgent");
  input.body.sip = { username: "agent-42", password: SIP_PASSWORD };
  return input;
}

/** Sends the agent update with hooks recording, and returns everything a caller could see. */
async function everythingSeen(settings: Parameters<typeof acmeSwitchboard>[1]) {
  const events: (RequestEvent | ResponseEvent)[] = [];
  const sb = acmeSwitchboard(
    {
      retry: { attempts: 2, baseDelayMs: 1 },
      hooks: {
        onRequest: (event) => events.push(event),
        onResponse: (event) => events.push(event),
      },
    },
    settings,
  );
  const result = await sb.update("acme.updateAgent", agentInput());
  const error = result.ok ? undefined : result.error;
  const seen = [
    JSON.stringify(result),
    inspect(result, { depth: Infinity, showHidden: true }),
    String(error),
    error?.stack,
    inspect(error?.cause, { depth: Infinity, showHidden: true }),
    JSON.stringify(events),
    inspect(events, { depth: Infinity, showHidden: true }),
  ].join("\n");
  return { result, error, events, seen };
}

function expectNoCanary(seen: string) {
  for (const canary of [ACME_TOKEN, SIP_PASSWORD, URL_PASSWORD]) expect(seen).not.toContain(canary);
}

test("a 422 echoing the request into its issues (FastAPI style): path and message scrubbed", async () => {
  const origin = await vendor((request, response) =>
    json(response, 422, {
      detail: [
        {
          loc: ["body", "sip", JSON.parse(request.body).sip.password],
          msg: `${request.headers.authorization} may not set ${request.body}`,
          type: "value_error",
        },
      ],
    }),
  );
  const { error, seen } = await everythingSeen({ baseUrl: origin });
  expect(error).toMatchObject({ kind: "validation", status: 422, source: "vendor" });
  expect(error!.issues).toEqual([expect.objectContaining({ path: "/body/sip/[REDACTED]" })]);
  // The whole header value is a known secret, scheme and all.
  expect(error!.issues[0]!.message).toMatch(/^\[REDACTED\] may not set \{/);
  expectNoCanary(seen);
});

test("a 422 echoing body, headers and URL into a problem document and its raw body", async () => {
  const origin = await vendor((request, response) =>
    json(response, 422, {
      title: "Invalid request",
      status: 422,
      detail: `${request.method} ${request.url} ${JSON.stringify(request.headers)} ${request.body}`,
      echo: { headers: request.headers, body: JSON.parse(request.body) },
    }),
  );
  const { error, seen } = await everythingSeen({ baseUrl: origin });
  expect(error).toMatchObject({ kind: "validation", status: 422 });
  expect(error!.message).toContain("[REDACTED]");
  expectNoCanary(seen);
});

test("a server echoing the credential in x-request-id: the request id is scrubbed everywhere", async () => {
  const origin = await vendor((request, response) =>
    json(
      response,
      503,
      { title: "down", status: 503 },
      {
        "x-request-id": String(request.headers.authorization),
      },
    ),
  );
  const { error, events, seen } = await everythingSeen({ baseUrl: origin });
  expect(error).toMatchObject({ kind: "server", requestId: "[REDACTED]", attempts: 2 });
  const ids = events.flatMap((event) => ("requestId" in event ? [event.requestId] : []));
  expect(ids).toEqual(["[REDACTED]", "[REDACTED]"]);
  expectNoCanary(seen);
});

test("the same on a success: the result's request id is scrubbed", async () => {
  const origin = await vendor((request, response) =>
    json(
      response,
      200,
      { id: 42, status: "available" },
      {
        "x-request-id": `id-1 ${String(request.headers.authorization)}`,
      },
    ),
  );
  const { result, seen } = await everythingSeen({ baseUrl: origin });
  expect(result).toMatchObject({ ok: true, requestId: "id-1 [REDACTED]" });
  expectNoCanary(seen);
});

test("a baseUrl with user info is a configuration mistake, refused without quoting it", () => {
  const baseUrl = `http://acme-user:${URL_PASSWORD}@127.0.0.1:9`;
  let thrown: unknown;
  try {
    createAcmeSwitchboard({ acme: { token: ACME_TOKEN, baseUrl } });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(TypeError);
  expect((thrown as Error).message).toMatch(/options\.baseUrl must not carry a user name/);
  const seen = inspect(thrown, { depth: Infinity, showHidden: true });
  expect(seen).not.toContain("acme-user");
  expectNoCanary(seen);
});

test("a network error whose cause names a URL with user info, and the token", async () => {
  const proxy = `http://proxy-user:${URL_PASSWORD}@proxy.example:3128`;
  const sb = createAcmeSwitchboard({
    acme: {
      token: ACME_TOKEN,
      baseUrl: "http://127.0.0.1:9",
      fetch: async (request: Request) => {
        const cause = Object.assign(
          new Error(`connect via ${proxy} with ${request.headers.get("authorization")}`),
          { code: `E_${ACME_TOKEN}` },
        );
        throw new TypeError(`fetch failed for ${proxy}`, { cause });
      },
    },
    retry: false,
  });
  const result = await sb.update("acme.updateAgent", agentInput());
  expect(!result.ok && result.error).toMatchObject({ kind: "network", attempts: 1 });
  if (result.ok) return;
  const cause = result.error.cause as Error & { code: string; cause: Error & { code: string } };
  expect(cause).toMatchObject({
    name: "TypeError",
    message: "fetch failed for http://[REDACTED]@proxy.example:3128",
  });
  expect(cause.cause.code).toBe("E_[REDACTED]");
  const seen = [
    inspect(result, { depth: Infinity, showHidden: true }),
    result.error.stack,
    cause.stack,
    cause.cause.stack,
  ].join("\n");
  expect(seen).not.toContain("proxy-user");
  expectNoCanary(seen);
});
