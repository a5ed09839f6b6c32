/**
 * 3. An update the spec refuses reaches the gateway (the SDK does not check values) and comes
 * back as the SDK's own RestException, with Twilio's documented status, code and link, and a
 * message that names the offending parameter.
 */
import { clearJournal, readJournal, validatorAt } from "@switchboard/test-support";
import { beforeEach, describe, expect, test } from "vitest";

import {
  decodedForm,
  documentedValues,
  formMedia,
  refusedCombinations,
  type ChannelUpdate,
} from "./support/channel-updates.js";
import { expectDocumentedRefusal, restException } from "./support/rest-exception.js";
import {
  channel,
  CHANNEL_SID,
  documented,
  gatewayClient,
  INTERACTION_SID,
  VENDOR,
} from "./support/twilio-flex.js";

beforeEach(() => clearJournal());

interface Refusal {
  name: string;
  update: ChannelUpdate;
  interactionSid: string;
  channelSid: string;
  /** The parameters the error message may name (one of them must be named). */
  fields: string[];
}

/** The body fields the spec's validator blames for a refused combination. */
function blamedFields(update: ChannelUpdate): string[] {
  const validate = validatorAt(VENDOR, formMedia().schemaPointer);
  validate(decodedForm(update));
  return (validate.errors ?? []).map((error) =>
    String(error.params.missingProperty ?? error.instancePath.split("/")[1]),
  );
}

function outsideOf(values: string[], candidate: string): string {
  if (values.includes(candidate)) throw new Error(`"${candidate}" is documented: pick another`);
  return candidate;
}

function refusals(): Refusal[] {
  const { statuses, routingStatuses } = documentedValues();
  const [status = "", other = status] = statuses;
  const sids = { interactionSid: INTERACTION_SID, channelSid: CHANNEL_SID };
  const closed = { name: `Status=${status}`, status, routing: { status: routingStatuses[0]! } };
  return [
    ...refusedCombinations().map((update) => ({
      name: update.name,
      update,
      ...sids,
      fields: blamedFields(update),
    })),
    {
      name: "an undocumented Status",
      update: { ...closed, status: outsideOf(statuses, "reopened") },
      ...sids,
      fields: ["Status"],
    },
    {
      name: "an undocumented Routing.status",
      update: { ...closed, status: other, routing: { status: outsideOf(routingStatuses, "open") } },
      ...sids,
      fields: ["Routing"],
    },
    {
      name: "an InteractionSid that is not a KD SID",
      update: closed,
      ...sids,
      interactionSid: `KD${"z".repeat(32)}`,
      fields: ["InteractionSid"],
    },
    {
      name: "a Sid with another resource's prefix",
      update: closed,
      ...sids,
      channelSid: `CH${CHANNEL_SID.slice(2)}`,
      fields: ["Sid"],
    },
  ];
}

describe("a refused update surfaces as a RestException", () => {
  test("the spec refuses at least one combination of its own documented values", () => {
    expect(refusedCombinations().length).toBeGreaterThan(0);
  });

  test.each(refusals().map((refusal) => [refusal.name, refusal] as const))(
    "%s",
    async (_, { update, interactionSid, channelSid, fields }) => {
      const client = gatewayClient();
      const error = await restException(() =>
        channel(client, interactionSid, channelSid).update({
          status: update.status as never,
          ...(update.routing === undefined ? {} : { routing: update.routing }),
        }),
      );
      expectDocumentedRefusal(error, client, documented.refusal());
      expect(fields.length).toBeGreaterThan(0);
      expect(
        fields.some((field) => error.message.includes(field)),
        `"${error.message}" names one of ${fields.join(", ")}`,
      ).toBe(true);
      // Refused by the gateway, not by the SDK before sending.
      expect((await readJournal()).map((entry) => entry.status)).toStrictEqual([error.status]);
    },
  );
});
