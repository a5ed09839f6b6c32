/**
 * 4. Credentials the SDK sends but Twilio would refuse (none, a bearer token where Twilio takes
 * HTTP basic, a blank SID or token) come back as the SDK's RestException with the documented
 * 401 and its code; an empty SID or token the SDK refuses itself, before sending anything.
 */
import { clearJournal, readJournal } from "@switchboard/test-support";
import twilio from "twilio";
import { beforeEach, describe, expect, test } from "vitest";

import { expectDocumentedRefusal, restException } from "./support/rest-exception.js";
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  channel,
  documented,
  gatewayClient,
} from "./support/twilio-flex.js";

beforeEach(() => clearJournal());

const BEARER_TOKEN = "canary-twilio-flex-bearer-token-7e4a";

/** Each way of building a client whose credentials Twilio would refuse. */
const refusedCredentials: [string, () => twilio.Twilio][] = [
  [
    "no credentials (the SDK's NoAuthCredentialProvider)",
    () => {
      const client = gatewayClient();
      client.setCredentialProvider(new twilio.NoAuthCredentialProvider());
      return client;
    },
  ],
  [
    "a bearer token instead of HTTP basic (the SDK's ClientCredentialProvider)",
    () => {
      const client = gatewayClient();
      const provider = new twilio.ClientCredentialProviderBuilder()
        .setClientId("canary-client-id")
        .setClientSecret(AUTH_TOKEN)
        // Hands out a token directly, so the SDK asks no OAuth server for one.
        .setTokenManager({ fetchToken: () => Promise.resolve(BEARER_TOKEN) })
        .build();
      client.setCredentialProvider(provider);
      return client;
    },
  ],
  [
    "a blank SID and token (API key style)",
    () => gatewayClient(" ", " ", { accountSid: ACCOUNT_SID }),
  ],
  ["a blank auth token", () => gatewayClient(ACCOUNT_SID, "  ")],
];

describe("credentials Twilio refuses: a documented 401 as a RestException", () => {
  test.each(refusedCredentials)("%s", async (_, makeClient) => {
    const client = makeClient();
    const error = await restException(() => channel(client).update({ status: "closed" }));
    const body = expectDocumentedRefusal(error, client, documented.unauthorized());
    // The whole body is one of the spec's own 401 examples (Twilio's 20003 "Authenticate").
    expect(documented.unauthorized().examples.map((example) => example.value)).toContainEqual(body);
    const journal = JSON.stringify(await readJournal());
    expect(JSON.parse(journal)).toHaveLength(1);
    expect(journal).not.toContain(AUTH_TOKEN);
    expect(journal).not.toContain(BEARER_TOKEN);
  });
});

describe("an empty SID or token never leaves the SDK", () => {
  test.each([
    ["empty SID and token", "", "", /username is required/],
    ["empty auth token", ACCOUNT_SID, "", /password is required/],
  ])("%s", async (_, username, password, message) => {
    const client = gatewayClient(username, password);
    const error: unknown = await (async () => channel(client).update({ status: "closed" }))().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(twilio.RestException);
    expect((error as Error).message).toMatch(message);
    expect(await readJournal()).toStrictEqual([]);
  });
});
