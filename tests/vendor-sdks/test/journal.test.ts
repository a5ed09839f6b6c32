/**
 * 5. The gateway's journal shows each update as the SDK put it on the wire (a form, `Routing`
 * one field holding JSON), and never the auth token the SDK sent with it.
 */
import { REDACTED } from "@switchboard/client-runtime";
import {
  basicCredential,
  clearJournal,
  operationUrl,
  readJournal,
} from "@switchboard/test-support";
import { beforeEach, describe, expect, test } from "vitest";

import { acceptedUpdates, decodedForm, formMedia, wireForm } from "./support/channel-updates.js";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  channel,
  CHANNEL_SID,
  gatewayClient,
  INTERACTION_SID,
  operation,
} from "./support/twilio-flex.js";

beforeEach(() => clearJournal());

describe("the journal records the SDK's request, secrets redacted", () => {
  test.each(acceptedUpdates().map((update) => [update.name, update] as const))(
    "%s",
    async (_, update) => {
      const client = gatewayClient();
      const { status, routing } = update;
      await channel(client).update({
        status: status as never,
        ...(routing === undefined ? {} : { routing }),
      });
      const sent = client.httpClient.lastRequest!;
      const answer = client.httpClient.lastResponse!;
      // What the SDK handed its HTTP client: Routing already a JSON string, the credential basic.
      expect(sent.data).toStrictEqual({
        Status: status,
        ...(routing === undefined ? {} : { Routing: JSON.stringify(routing) }),
      });
      expect(sent.auth).toBe(basicCredential(ACCOUNT_SID, AUTH_TOKEN));

      const entries = await readJournal();
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry!.requestId).toBe(answer.headers["x-request-id"]);
      expect(entry!.path).toBe(
        operationUrl("", operation, { InteractionSid: INTERACTION_SID, Sid: CHANNEL_SID }),
      );
      expect(entry!.headers["content-type"]).toBe(formMedia().mediaType);
      expect(Number(entry!.headers["content-length"])).toBe(Buffer.byteLength(wireForm(update)));
      // The spec sends Routing as JSON in one field, so the journal shows it decoded.
      expect(entry!.body).toStrictEqual(decodedForm(update));

      expect(entry!.headers.authorization).toBe(`Basic ${REDACTED}`);
      const journal = JSON.stringify(entries);
      expect(journal).not.toContain(AUTH_TOKEN);
      expect(journal).not.toContain(basicCredential(ACCOUNT_SID, AUTH_TOKEN));
    },
  );
});
