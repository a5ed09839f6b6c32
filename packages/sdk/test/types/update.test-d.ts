/**
 * `sb.update(name, { path, query, body }, options?)`: the operation name picks the input it
 * accepts and the data it resolves to.
 */
import { describe, expectTypeOf, test } from "vitest";
import type {
  OperationName,
  UpdateData,
  UpdateError,
  UpdateErrorKind,
  UpdateFailure,
  UpdateInput,
  UpdateResult,
  UpdateSuccess,
} from "../../src/index.js";
import {
  channelSid,
  configId,
  healthingChannel,
  interactionChannel,
  interactionSid,
  outboundCampaign,
  phoneConfig,
  sb,
  syllableChannel,
  type HealthingSchemas,
  type SyllableSchemas,
  type TwilioFlexSchemas,
  type WatsonxSchemas,
} from "./fixtures.js";

const twilioPath = { InteractionSid: interactionSid, Sid: channelSid };

describe("operation names", () => {
  test("are vendor.operationId, one per documented update", () => {
    expectTypeOf<
      | "syllable.updateChannel"
      | "syllable.updateOutboundCampaign"
      | "healthing.updateChannel"
      | "watsonxOrchestrate.updatePhoneConfig"
      | "twilioFlex.updateInteractionChannel"
    >().toExtend<OperationName>();
    // @ts-expect-error an operation no spec documents is no name
    expectTypeOf<"syllable.deleteChannel">().toExtend<OperationName>();
    expectTypeOf<OperationName<"syllable">>().toEqualTypeOf<
      "syllable.updateChannel" | "syllable.updateOutboundCampaign"
    >();
  });

  test("an unknown operation name is refused", () => {
    // @ts-expect-error Twilio Flex has no deleteInteractionChannel operation
    void sb.update("twilioFlex.deleteInteractionChannel", {
      path: twilioPath,
      body: interactionChannel,
    });
    // @ts-expect-error an operationId alone is not a name: the vendor prefix is required
    void sb.update("updateInteractionChannel", { path: twilioPath, body: interactionChannel });
    // @ts-expect-error names are case-sensitive (twilioFlex, not twilioflex)
    void sb.update("twilioflex.updateInteractionChannel", {
      path: twilioPath,
      body: interactionChannel,
    });
  });
});

describe("update: the input is narrowed by the operation name", () => {
  test("UpdateInput is { path, query, body } exactly as each spec has them", () => {
    expectTypeOf<UpdateInput<"syllable.updateChannel">>().branded.toEqualTypeOf<{
      body: SyllableSchemas["ChannelUpdateRequest"];
    }>();
    expectTypeOf<UpdateInput<"syllable.updateOutboundCampaign">>().branded.toEqualTypeOf<{
      path: { campaign_id: number };
      body: SyllableSchemas["OutboundCampaignInput"];
    }>();
    expectTypeOf<UpdateInput<"healthing.updateChannel">>().branded.toEqualTypeOf<{
      path: { channel_id: number };
      body: HealthingSchemas["ChannelUpdate"];
    }>();
    expectTypeOf<UpdateInput<"watsonxOrchestrate.updatePhoneConfig">>().branded.toEqualTypeOf<{
      path: { config_id: string };
      query?: { append?: boolean };
      body: WatsonxSchemas["PhoneConfigUpdate"];
    }>();
    expectTypeOf<UpdateInput<"twilioFlex.updateInteractionChannel">>().branded.toEqualTypeOf<{
      path: { InteractionSid: string; Sid: string };
      body: TwilioFlexSchemas["InteractionChannelUpdate"];
    }>();
  });

  test("the right shape compiles for each documented operation", async () => {
    await sb.update("syllable.updateChannel", { body: syllableChannel });
    await sb.update("syllable.updateOutboundCampaign", {
      path: { campaign_id: 7 },
      body: outboundCampaign,
    });
    await sb.update("healthing.updateChannel", {
      path: { channel_id: 42 },
      body: healthingChannel,
    });
    await sb.update("watsonxOrchestrate.updatePhoneConfig", {
      path: { config_id: configId },
      query: { append: true },
      body: phoneConfig,
    });
    await sb.update("twilioFlex.updateInteractionChannel", {
      path: { InteractionSid: interactionSid, Sid: channelSid },
      body: { Status: "inactive", Routing: { status: "closed" } },
    });
  });

  test("optional parts may be left out", async () => {
    // watsonx's query is optional (append defaults to replacing the lists)
    await sb.update("watsonxOrchestrate.updatePhoneConfig", {
      path: { config_id: configId },
      body: {},
    });
    // Healthing's body fields are all optional; Twilio's Routing is optional in the type
    await sb.update("healthing.updateChannel", { path: { channel_id: 42 }, body: {} });
    await sb.update("twilioFlex.updateInteractionChannel", {
      path: twilioPath,
      body: { Status: "closed" },
    });
  });

  test("a value outside an enum is refused", () => {
    void sb.update("twilioFlex.updateInteractionChannel", {
      path: twilioPath,
      body: {
        // @ts-expect-error "wrapup" is not a channel Status (closed | inactive)
        Status: "wrapup",
      },
    });
    void sb.update("syllable.updateChannel", {
      body: {
        ...syllableChannel,
        // @ts-expect-error "telegram" is not one of Syllable's ChannelServices
        channel_service: "telegram",
      },
    });
    void sb.update("syllable.updateOutboundCampaign", {
      path: { campaign_id: 7 },
      body: {
        ...outboundCampaign,
        // @ts-expect-error active days are "mon".."sun", not full names
        active_days: ["monday"],
      },
    });
    void sb.update("watsonxOrchestrate.updatePhoneConfig", {
      path: { config_id: configId },
      body: {
        // @ts-expect-error service_provider is sip_trunk | genesys_audio_connector
        service_provider: "twilio",
      },
    });
  });

  test("a missing required body field is refused", () => {
    void sb.update("twilioFlex.updateInteractionChannel", {
      path: twilioPath,
      // @ts-expect-error Status is required
      body: { Routing: { status: "closed" } },
    });
    void sb.update("syllable.updateChannel", {
      // @ts-expect-error the channel's id is required
      body: { name: "webchat", channel_service: "webchat", config: {} },
    });
    void sb.update("syllable.updateOutboundCampaign", {
      path: { campaign_id: 7 },
      // @ts-expect-error campaign_name, campaign_variables, caller_id and active_days are required
      body: { description: "no name" },
    });
    void sb.update("watsonxOrchestrate.updatePhoneConfig", {
      path: { config_id: configId },
      // @ts-expect-error each phone number needs its phone_number
      body: { phone_numbers: [{ description: "front desk" }] },
    });
  });

  test("a missing body is refused", () => {
    // @ts-expect-error the body is required
    void sb.update("healthing.updateChannel", { path: { channel_id: 42 } });
    // @ts-expect-error the body is required
    void sb.update("syllable.updateChannel", {});
  });

  test("an unknown body property is refused", () => {
    void sb.update("twilioFlex.updateInteractionChannel", {
      path: twilioPath,
      body: {
        Status: "closed",
        // @ts-expect-error the form has no Reason field
        Reason: "done",
      },
    });
    void sb.update("healthing.updateChannel", {
      path: { channel_id: 42 },
      body: {
        // @ts-expect-error Healthing's ChannelUpdate has no name
        name: "inbox",
      },
    });
    void sb.update("watsonxOrchestrate.updatePhoneConfig", {
      path: { config_id: configId },
      body: {
        // @ts-expect-error the body is snake_case: phone_numbers, not phoneNumbers
        phoneNumbers: [],
      },
    });
  });

  test("a path parameter of the wrong type is refused", () => {
    void sb.update("syllable.updateOutboundCampaign", {
      path: {
        // @ts-expect-error Syllable's campaign_id is an integer, not a string
        campaign_id: "7",
      },
      body: outboundCampaign,
    });
    void sb.update("healthing.updateChannel", {
      path: {
        // @ts-expect-error Healthing's channel_id is an integer
        channel_id: "42",
      },
      body: healthingChannel,
    });
    void sb.update("twilioFlex.updateInteractionChannel", {
      path: {
        InteractionSid: interactionSid,
        // @ts-expect-error SIDs are strings
        Sid: 1,
      },
      body: interactionChannel,
    });
  });

  test("a missing, incomplete or unknown path is refused", () => {
    // @ts-expect-error path is required: { InteractionSid, Sid }
    void sb.update("twilioFlex.updateInteractionChannel", { body: interactionChannel });
    // @ts-expect-error path is required: { campaign_id }
    void sb.update("syllable.updateOutboundCampaign", { body: outboundCampaign });
    void sb.update("twilioFlex.updateInteractionChannel", {
      // @ts-expect-error Sid is required too
      path: { InteractionSid: interactionSid },
      body: interactionChannel,
    });
    void sb.update("healthing.updateChannel", {
      path: {
        channel_id: 42,
        // @ts-expect-error the path has only channel_id
        inbox_id: 1,
      },
      body: healthingChannel,
    });
    void sb.update("syllable.updateChannel", {
      // @ts-expect-error PUT /api/v1/channels/ has no path parameters (the id is in the body)
      path: { id: 1 },
      body: syllableChannel,
    });
  });

  test("a query is refused where the operation has none, and checked where it has one", () => {
    void sb.update("twilioFlex.updateInteractionChannel", {
      path: twilioPath,
      body: interactionChannel,
      // @ts-expect-error updateInteractionChannel takes no query
      query: { append: true },
    });
    void sb.update("healthing.updateChannel", {
      path: { channel_id: 42 },
      body: healthingChannel,
      // @ts-expect-error Healthing's updateChannel takes no query
      query: {},
    });
    void sb.update("watsonxOrchestrate.updatePhoneConfig", {
      path: { config_id: configId },
      body: phoneConfig,
      query: {
        // @ts-expect-error append is a boolean
        append: "true",
      },
    });
    void sb.update("watsonxOrchestrate.updatePhoneConfig", {
      path: { config_id: configId },
      body: phoneConfig,
      query: {
        // @ts-expect-error the only query parameter is append
        replace: true,
      },
    });
  });

  test("the input and options are separate: no query or body in the options", () => {
    void sb.update(
      "watsonxOrchestrate.updatePhoneConfig",
      { path: { config_id: configId }, body: phoneConfig },
      // @ts-expect-error the query belongs in the input, not the call options
      { query: { append: true } },
    );
    void sb.update(
      "healthing.updateChannel",
      { path: { channel_id: 42 }, body: healthingChannel },
      { signal: AbortSignal.timeout(1_000), timeoutMs: 5_000, retry: false, headers: { a: "b" } },
    );
  });
});

describe("update: the result is narrowed by the operation name", () => {
  test("UpdateData is each operation's 200 schema", () => {
    expectTypeOf<UpdateData<"syllable.updateChannel">>().toEqualTypeOf<
      SyllableSchemas["Channel"]
    >();
    expectTypeOf<UpdateData<"syllable.updateOutboundCampaign">>().toEqualTypeOf<
      SyllableSchemas["OutboundCampaign"]
    >();
    expectTypeOf<UpdateData<"healthing.updateChannel">>().toEqualTypeOf<
      HealthingSchemas["ChannelResponse"]
    >();
    expectTypeOf<UpdateData<"watsonxOrchestrate.updatePhoneConfig">>().toEqualTypeOf<
      WatsonxSchemas["PhoneConfig"]
    >();
    expectTypeOf<UpdateData<"twilioFlex.updateInteractionChannel">>().toEqualTypeOf<
      TwilioFlexSchemas["InteractionChannel"]
    >();
  });

  test("each call resolves to UpdateResult of its own schema", () => {
    expectTypeOf(
      sb.update("syllable.updateChannel", { body: syllableChannel }),
    ).resolves.toEqualTypeOf<UpdateResult<SyllableSchemas["Channel"]>>();
    expectTypeOf(
      sb.update("syllable.updateOutboundCampaign", {
        path: { campaign_id: 7 },
        body: outboundCampaign,
      }),
    ).resolves.toEqualTypeOf<UpdateResult<SyllableSchemas["OutboundCampaign"]>>();
    expectTypeOf(
      sb.update("healthing.updateChannel", { path: { channel_id: 42 }, body: healthingChannel }),
    ).resolves.toEqualTypeOf<UpdateResult<HealthingSchemas["ChannelResponse"]>>();
    expectTypeOf(
      sb.update("watsonxOrchestrate.updatePhoneConfig", {
        path: { config_id: configId },
        body: phoneConfig,
      }),
    ).resolves.toEqualTypeOf<UpdateResult<WatsonxSchemas["PhoneConfig"]>>();
    expectTypeOf(
      sb.update("twilioFlex.updateInteractionChannel", {
        path: twilioPath,
        body: interactionChannel,
      }),
    ).resolves.toEqualTypeOf<UpdateResult<TwilioFlexSchemas["InteractionChannel"]>>();
  });

  test("ok: true has the data and the call's facts; ok: false has an UpdateError", async () => {
    const result = await sb.update("twilioFlex.updateInteractionChannel", {
      path: twilioPath,
      body: interactionChannel,
    });
    expectTypeOf(result.ok).toEqualTypeOf<boolean>();
    // @ts-expect-error data exists only once ok has been checked
    void result.data;
    // @ts-expect-error error exists only once ok has been checked
    void result.error;

    if (result.ok) {
      expectTypeOf(result).toEqualTypeOf<UpdateSuccess<TwilioFlexSchemas["InteractionChannel"]>>();
      expectTypeOf(result.data).toEqualTypeOf<TwilioFlexSchemas["InteractionChannel"]>();
      expectTypeOf(result.data.status).toEqualTypeOf<
        "setup" | "active" | "failed" | "closed" | "inactive" | "pause" | "transfer" | undefined
      >();
      expectTypeOf(result.status).toEqualTypeOf<number>();
      expectTypeOf(result.requestId).toEqualTypeOf<string | null>();
      expectTypeOf(result.attempts).toEqualTypeOf<number>();
      // @ts-expect-error a success carries no error
      void result.error;
    } else {
      expectTypeOf(result).toEqualTypeOf<UpdateFailure>();
      expectTypeOf(result.error).toEqualTypeOf<UpdateError>();
      expectTypeOf(result.error.kind).toEqualTypeOf<UpdateErrorKind>();
      expectTypeOf(result.error.status).toEqualTypeOf<number | null>();
      expectTypeOf(result.error.retryable).toEqualTypeOf<boolean>();
      // @ts-expect-error a failure carries no data
      void result.data;
    }
  });

  test("the data is each vendor's own schema, not a shared or loose one", async () => {
    const campaign = await sb.update("syllable.updateOutboundCampaign", {
      path: { campaign_id: 7 },
      body: outboundCampaign,
    });
    if (campaign.ok) {
      expectTypeOf(campaign.data.id).toEqualTypeOf<number>();
      expectTypeOf(campaign.data.last_updated_by).toEqualTypeOf<string>();
      // @ts-expect-error an OutboundCampaign has no channel_service (that is a Channel's)
      void campaign.data.channel_service;
    }
    const phone = await sb.update("watsonxOrchestrate.updatePhoneConfig", {
      path: { config_id: configId },
      body: phoneConfig,
    });
    if (phone.ok) {
      expectTypeOf(phone.data.id).toEqualTypeOf<string>();
      expectTypeOf(phone.data).not.toBeAny();
    }
  });

  test("UpdateErrorKind is the closed list of failure kinds", () => {
    expectTypeOf<UpdateErrorKind>().toEqualTypeOf<
      | "invalid_input"
      | "unauthorized"
      | "forbidden"
      | "not_found"
      | "conflict"
      | "validation"
      | "rate_limited"
      | "server"
      | "timeout"
      | "network"
      | "aborted"
      | "redirect"
      | "invalid_response"
      | "hook_failed"
    >();
  });
});
