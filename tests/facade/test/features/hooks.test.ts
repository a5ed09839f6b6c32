/**
 * onRequest / onResponse: one call each per request sent, credentials redacted; a hook that
 * throws never makes the update reject.
 */
import { beforeEach, describe, expect, test } from "vitest";
import type { RequestEvent, ResponseEvent } from "@switchboard/sdk";
import { clearJournal, readJournal, vendorUrl } from "@switchboard/test-support";
import { ACME_TOKEN, acmeSwitchboard } from "../support/acme-facade.js";
import { documentedRequest } from "../support/acme-requests.js";

beforeEach(() => clearJournal());

function recordingSwitchboard() {
  const requests: RequestEvent[] = [];
  const responses: ResponseEvent[] = [];
  const sb = acmeSwitchboard({
    hooks: {
      onRequest: (event) => requests.push(event),
      onResponse: (event) => responses.push(event),
    },
  });
  return { sb, requests, responses };
}

test("each attempt is seen going out and coming back, with the journal's request ids", async () => {
  const { sb, requests, responses } = recordingSwitchboard();
  const input = documentedRequest("acme.updateQueue");
  await sb.update("acme.updateQueue", input, { headers: { "x-mock-fault": "status=503" } });
  const url = `${vendorUrl("acme")}/v1/queues/${input.path.queue_id}`;
  expect(requests.map(({ attempt, method, url }) => ({ attempt, method, url }))).toEqual(
    [1, 2, 3].map((attempt) => ({ attempt, method: "PATCH", url })),
  );
  expect(responses.map(({ attempt, status, outcome }) => ({ attempt, status, outcome }))).toEqual(
    [1, 2, 3].map((attempt) => ({ attempt, status: 503, outcome: "server" })),
  );
  expect(responses.map((event) => event.requestId)).toEqual(
    (await readJournal()).map((entry) => entry.requestId),
  );
  for (const event of [...requests, ...responses]) {
    expect(event).toMatchObject({ vendor: "acme", operation: "updateQueue" });
  }
  for (const event of responses) expect(event.durationMs).toBeGreaterThanOrEqual(0);
});

test("a success is seen once each way, with outcome ok", async () => {
  const { sb, requests, responses } = recordingSwitchboard();
  const result = await sb.update("acme.updateQueue", documentedRequest("acme.updateQueue"));
  expect(result).toMatchObject({ ok: true, attempts: 1 });
  expect(requests).toHaveLength(1);
  expect(responses.map(({ status, outcome }) => ({ status, outcome }))).toEqual([
    { status: 200, outcome: "ok" },
  ]);
  expect(responses[0]!.requestId).toBe(result.ok && result.requestId);
});

test("credentials are redacted: the scheme stays, the secret goes; body secrets too", async () => {
  const { sb, requests, responses } = recordingSwitchboard();
  const input = documentedRequest("acme.updateAgent");
  const sipPassword = input.body.sip!.password;
  const result = await sb.update("acme.updateAgent", input);
  expect(result.ok).toBe(true);
  const [event] = requests;
  expect(event!.headers.authorization).toBe("Bearer [REDACTED]");
  expect(event!.body).toMatchObject({ sip: { username: "agent-42", password: "[REDACTED]" } });
  const seen = JSON.stringify([requests, responses]);
  expect(seen).not.toContain(ACME_TOKEN);
  expect(seen).not.toContain(sipPassword);
  // The caller's own body is left as it was.
  expect(input.body.sip!.password).toBe(sipPassword);
});

test("no hook call for a request refused before sending", async () => {
  const { sb, requests, responses } = recordingSwitchboard();
  await sb.update("acme.updateQueue", { ...documentedRequest("acme.updateQueue"), body: {} });
  expect([...requests, ...responses]).toEqual([]);
  expect(await readJournal()).toEqual([]);
});

describe("a hook that throws", () => {
  const bug = () => new Error("hook bug");

  test("onRequest: nothing is sent, the update resolves to hook_failed (never retried)", async () => {
    const responses: ResponseEvent[] = [];
    const error = bug();
    const sb = acmeSwitchboard({
      hooks: {
        onRequest: () => {
          throw error;
        },
        onResponse: (event) => responses.push(event),
      },
    });
    const result = await sb.update("acme.updateAgent", documentedRequest("acme.updateAgent"));
    expect(!result.ok && result.error).toMatchObject({
      kind: "hook_failed",
      status: null,
      attempts: 0,
      retryable: false,
      message: "acme.updateAgent: the onRequest hook threw: hook bug",
    });
    expect(!result.ok && result.error.cause).toMatchObject({ message: "hook bug" });
    expect(responses).toEqual([]);
    expect(await readJournal()).toEqual([]);
  });

  test("onRequest on a retry: the attempts sent before it are counted", async () => {
    let calls = 0;
    const sb = acmeSwitchboard({
      hooks: {
        onRequest: () => {
          calls += 1;
          if (calls === 2) throw bug();
        },
      },
    });
    const result = await sb.update("acme.updateQueue", documentedRequest("acme.updateQueue"), {
      headers: { "x-mock-fault": "status=503" },
    });
    expect(!result.ok && result.error).toMatchObject({ kind: "hook_failed", attempts: 1 });
    expect(await readJournal()).toHaveLength(1);
  });

  test('onRequest with errors: "throw": rejects with the UpdateError, not the hook\'s error', async () => {
    const sb = acmeSwitchboard({
      errors: "throw",
      hooks: {
        onRequest: () => {
          throw bug();
        },
      },
    });
    await expect(
      sb.update("acme.updateAgent", documentedRequest("acme.updateAgent")),
    ).rejects.toMatchObject({ name: "UpdateError", kind: "hook_failed" });
  });

  test("onResponse: the outcome stands, success or failure", async () => {
    const sb = acmeSwitchboard({
      retry: false,
      hooks: {
        onResponse: () => {
          throw bug();
        },
      },
    });
    const input = documentedRequest("acme.updateQueue");
    await expect(sb.update("acme.updateQueue", input)).resolves.toMatchObject({
      ok: true,
      attempts: 1,
    });
    const failed = await sb.update("acme.updateQueue", input, {
      headers: { "x-mock-fault": "status=404" },
    });
    expect(!failed.ok && failed.error).toMatchObject({ kind: "not_found", attempts: 1 });
    expect(await readJournal()).toHaveLength(2);
  });
});
