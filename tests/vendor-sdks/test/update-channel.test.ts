/**
 * 2. `client.flexApi.v1.interaction(KD…).channels(UO…).update(…)` for every update the spec
 * accepts resolves to an InteractionChannelInstance that reflects what was sent and is
 * otherwise one of the documented answers.
 */
import { camelCase } from "@switchboard/client-runtime/spec";
import { describe, expect, test } from "vitest";

import { acceptedUpdates, documentedValues } from "./support/channel-updates.js";
import {
  channel,
  CHANNEL_SID,
  documented,
  expectDocumented,
  gatewayClient,
  INTERACTION_SID,
  lastAnswerBody,
  vendorOrigin,
} from "./support/twilio-flex.js";

/** A documented answer's fields under the SDK's names (`error_code` → `errorCode`). */
function sdkFields(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).map(([name, value]) => [camelCase(name), value]));
}

/**
 * What the gateway echoes from the request (the identifiers, the status, and the self links that
 * name the channel); the rest comes from a documented example.
 */
const ECHOED = ["sid", "interactionSid", "status", "url", "links"];

function withoutEchoed(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([name]) => !ECHOED.includes(name)));
}

describe("the spec's updates, as the SDK sends them", () => {
  test("every documented Status is sent, with and without Routing", () => {
    const accepted = acceptedUpdates();
    expect(new Set(accepted.map((update) => update.status))).toStrictEqual(
      new Set(documentedValues().statuses),
    );
    expect(accepted.some((update) => update.routing === undefined)).toBe(true);
    expect(accepted.some((update) => update.routing !== undefined)).toBe(true);
  });
});

describe("an accepted update resolves to an InteractionChannelInstance", () => {
  test.each(acceptedUpdates().map((update) => [update.name, update] as const))(
    "%s",
    async (_, { status, routing }) => {
      const client = gatewayClient();
      const instance = await channel(client).update({
        status: status as never,
        ...(routing === undefined ? {} : { routing }),
      });

      expectDocumented(documented.success(), lastAnswerBody(client));
      const fields = instance.toJSON();
      expect({
        sid: fields.sid,
        interactionSid: fields.interactionSid,
        status: fields.status,
      }).toStrictEqual({ sid: CHANNEL_SID, interactionSid: INTERACTION_SID, status });
      const self = `${vendorOrigin()}/v1/Interactions/${INTERACTION_SID}/Channels/${CHANNEL_SID}`;
      expect(fields.url).toBe(self);
      const links = Object.values(fields.links ?? {});
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toMatch(new RegExp(`^${self}/[A-Z][a-z]+$`));
      const examples = documented
        .success()
        .examples.map((example) => withoutEchoed(sdkFields(example.value as never)));
      expect(examples).toContainEqual(withoutEchoed(fields));
    },
  );
});
