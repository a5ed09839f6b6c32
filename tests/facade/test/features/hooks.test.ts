/** onRequest / onResponse: one call each per request sent, credentials redacted. */
import { beforeEach, expect, test } from "vitest";
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

test("a hook that throws is a bug in the caller's code: the update rejects with its error", async () => {
  const bug = new Error("hook bug");
  const sb = acmeSwitchboard({
    hooks: {
      onRequest: () => {
        throw bug;
      },
    },
  });
  await expect(sb.update("acme.updateAgent", documentedRequest("acme.updateAgent"))).rejects.toBe(
    bug,
  );
  expect(await readJournal()).toEqual([]);
});
