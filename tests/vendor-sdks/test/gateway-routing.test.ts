/**
 * 1. The SDK reaches the gateway through its documented custom `httpClient`: the URL it builds
 * on Twilio's server becomes the same path under the gateway's vendor prefix, and nothing else
 * is let through.
 */
import { clearJournal, operationUrl, readJournal, vendorUrl } from "@switchboard/test-support";
import { beforeEach, describe, expect, test } from "vitest";

import { GatewayRequestClient } from "./support/gateway-request-client.js";
import {
  channel,
  channelGatewayUrl,
  CHANNEL_SID,
  gatewayClient,
  INTERACTION_SID,
  operation,
  VENDOR,
  vendorOrigin,
} from "./support/twilio-flex.js";

beforeEach(() => clearJournal());

const channelPath = operationUrl("", operation, {
  InteractionSid: INTERACTION_SID,
  Sid: CHANNEL_SID,
});

describe("the SDK's requests go to the gateway", () => {
  test("the SDK builds its Flex URLs on the server the spec names", () => {
    expect(gatewayClient().flexApi.baseUrl).toBe(vendorOrigin());
  });

  test("a channel's Twilio URL becomes the channel's path under the gateway's vendor prefix", () => {
    const client = new GatewayRequestClient(vendorOrigin(), vendorUrl(VENDOR));
    expect(client.gatewayUrl(`${vendorOrigin()}${channelPath}`)).toBe(channelGatewayUrl());
    expect(channelGatewayUrl()).toBe(`${vendorUrl(VENDOR)}${channelPath}`);
  });

  test("an update travels to that URL and is routed to the spec's operation", async () => {
    const client = gatewayClient();
    await channel(client).update({ status: "closed" });
    expect(client.httpClient.lastRequest?.url).toBe(channelGatewayUrl());
    const entries = await readJournal();
    expect(
      entries.map(({ vendor, operationId, method, path }) => ({
        vendor,
        operationId,
        method,
        path,
      })),
    ).toStrictEqual([
      {
        vendor: VENDOR,
        operationId: operation.operationId,
        method: operation.method,
        path: channelPath,
      },
    ]);
  });

  test.each([
    ["another Twilio host", "https://api.twilio.com/2010-04-01/Accounts.json"],
    ["a host that only starts like Twilio's", `${vendorOrigin()}.example.org/v1/Interactions`],
    ["the bare origin", vendorOrigin()],
  ])("%s is refused before anything is sent", async (_, uri) => {
    const client = new GatewayRequestClient(vendorOrigin(), vendorUrl(VENDOR));
    expect(() => client.request({ method: "get", uri })).toThrow(/is not under/);
    expect(await readJournal()).toStrictEqual([]);
  });
});
