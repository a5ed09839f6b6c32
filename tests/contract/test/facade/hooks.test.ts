/** onRequest / onResponse: one call each per request sent, credentials redacted. */
import { beforeEach, expect, test } from "vitest";
import type { RequestEvent, ResponseEvent } from "@switchboard/sdk";
import { documentedRequest } from "../../support/facade-requests.js";
import { gatewaySwitchboard } from "../../support/facade.js";
import { gateway } from "../../support/gateway.js";
import { clearJournal, readJournal } from "../../support/journal.js";

beforeEach(() => clearJournal());

function recordingSwitchboard() {
  const requests: RequestEvent[] = [];
  const responses: ResponseEvent[] = [];
  const sb = gatewaySwitchboard({
    hooks: {
      onRequest: (event) => requests.push(event),
      onResponse: (event) => responses.push(event),
    },
  });
  return { sb, requests, responses };
}

test("each attempt is seen going out and coming back, with the journal's request ids", async () => {
  const { sb, requests, responses } = recordingSwitchboard();
  const { input } = documentedRequest("twilioFlex.updateInteractionChannel");
  await sb.update("twilioFlex.updateInteractionChannel", input as never, {
    headers: { "x-mock-fault": "status=503" },
  });
  const url = `${gateway().vendors["twilio-flex"]}/v1/Interactions/${String(input.path!.InteractionSid)}/Channels/${String(input.path!.Sid)}`;
  expect(requests.map(({ attempt, method, url }) => ({ attempt, method, url }))).toEqual(
    [1, 2, 3].map((attempt) => ({ attempt, method: "POST", url })),
  );
  expect(responses.map(({ attempt, status, outcome }) => ({ attempt, status, outcome }))).toEqual(
    [1, 2, 3].map((attempt) => ({ attempt, status: 503, outcome: "server" })),
  );
  expect(responses.map((event) => event.requestId)).toEqual(
    (await readJournal()).map((entry) => entry.requestId),
  );
  for (const event of responses) expect(event.durationMs).toBeGreaterThanOrEqual(0);
});

test("credentials are redacted: the scheme stays, the secret goes; body secrets too", async () => {
  const { sb, requests } = recordingSwitchboard();
  const { input } = documentedRequest("syllable.updateChannel");
  const result = await sb.update("syllable.updateChannel", input as never);
  expect(result.ok).toBe(true);
  const [event] = requests;
  const apiKeyHeader = Object.keys(event!.headers).find((name) => /api.?key/i.test(name));
  expect(apiKeyHeader).toBeDefined();
  expect(event!.headers[apiKeyHeader!]).toBe("[REDACTED]");
  expect(event!.body).toMatchObject({ config: { auth_token: "[REDACTED]" } });

  const twilio = recordingSwitchboard();
  const twilioRequest = documentedRequest("twilioFlex.updateInteractionChannel");
  await twilio.sb.update("twilioFlex.updateInteractionChannel", twilioRequest.input as never);
  expect(twilio.requests[0]!.headers.authorization).toBe("Basic [REDACTED]");
});

test("no hook call for a request refused before sending", async () => {
  const { sb, requests, responses } = recordingSwitchboard();
  await sb.update("twilioFlex.updateInteractionChannel", { body: {} } as never);
  expect([...requests, ...responses]).toEqual([]);
});

test("a hook that throws is a bug in the caller's code: the update rejects with its error", async () => {
  const bug = new Error("hook bug");
  const sb = gatewaySwitchboard({
    hooks: {
      onRequest: () => {
        throw bug;
      },
    },
  });
  const { input } = documentedRequest("healthing.updateChannel");
  await expect(sb.update("healthing.updateChannel", input as never)).rejects.toBe(bug);
  expect(await readJournal()).toEqual([]);
});
