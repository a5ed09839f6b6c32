/**
 * The positional section methods, `sb.<vendor>.<operationId>(...pathParams, body, options?)`:
 * path parameters in path order, then the body, then options (the query, where the operation
 * has one, and per-call settings).
 */
import { describe, expectTypeOf, test } from "vitest";
import type { UpdateResult } from "../../src/index.js";
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

describe("sections", () => {
  test("each configured vendor's section has exactly its operations", () => {
    expectTypeOf<keyof typeof sb.syllable>().toEqualTypeOf<
      "updateChannel" | "updateOutboundCampaign"
    >();
    expectTypeOf<keyof typeof sb.healthing>().toEqualTypeOf<"updateChannel">();
    expectTypeOf<keyof typeof sb.watsonxOrchestrate>().toEqualTypeOf<"updatePhoneConfig">();
    expectTypeOf<keyof typeof sb.twilioFlex>().toEqualTypeOf<"updateInteractionChannel">();
  });

  test("an operation a vendor does not have is refused", () => {
    // @ts-expect-error Twilio Flex's section has no deleteInteractionChannel
    void sb.twilioFlex.deleteInteractionChannel(interactionSid, channelSid);
    // @ts-expect-error updatePhoneConfig is watsonx's, not Healthing's
    void sb.healthing.updatePhoneConfig(configId, phoneConfig);
  });

  test("sections and their methods are read-only", () => {
    const section = sb.twilioFlex;
    const method = sb.healthing.updateChannel;
    // @ts-expect-error sections cannot be replaced
    sb.twilioFlex = section;
    // @ts-expect-error methods cannot be replaced
    sb.healthing.updateChannel = method;
  });
});

describe("positional arguments: path parameters in path order, then the body", () => {
  test("the parameter lists", () => {
    const syllableChannelMethod = sb.syllable.updateChannel;
    expectTypeOf(syllableChannelMethod)
      .parameter(0)
      .toEqualTypeOf<SyllableSchemas["ChannelUpdateRequest"]>();
    expectTypeOf<Parameters<typeof syllableChannelMethod>["length"]>().toEqualTypeOf<1 | 2>();

    const campaignMethod = sb.syllable.updateOutboundCampaign;
    expectTypeOf(campaignMethod).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(campaignMethod)
      .parameter(1)
      .toEqualTypeOf<SyllableSchemas["OutboundCampaignInput"]>();
    expectTypeOf<Parameters<typeof campaignMethod>["length"]>().toEqualTypeOf<2 | 3>();

    const healthingMethod = sb.healthing.updateChannel;
    expectTypeOf(healthingMethod).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(healthingMethod).parameter(1).toEqualTypeOf<HealthingSchemas["ChannelUpdate"]>();
    expectTypeOf<Parameters<typeof healthingMethod>["length"]>().toEqualTypeOf<2 | 3>();

    const phoneMethod = sb.watsonxOrchestrate.updatePhoneConfig;
    expectTypeOf(phoneMethod).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(phoneMethod).parameter(1).toEqualTypeOf<WatsonxSchemas["PhoneConfigUpdate"]>();
    expectTypeOf<Parameters<typeof phoneMethod>["length"]>().toEqualTypeOf<2 | 3>();

    // InteractionSid first, then Sid, as in /v1/Interactions/{InteractionSid}/Channels/{Sid}
    const twilioMethod = sb.twilioFlex.updateInteractionChannel;
    expectTypeOf(twilioMethod).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(twilioMethod).parameter(1).toEqualTypeOf<string>();
    expectTypeOf(twilioMethod)
      .parameter(2)
      .toEqualTypeOf<TwilioFlexSchemas["InteractionChannelUpdate"]>();
    expectTypeOf<Parameters<typeof twilioMethod>["length"]>().toEqualTypeOf<3 | 4>();
  });

  test("the right arguments compile for each documented operation", async () => {
    await sb.syllable.updateChannel(syllableChannel);
    await sb.syllable.updateOutboundCampaign(7, outboundCampaign);
    await sb.healthing.updateChannel(42, healthingChannel);
    await sb.watsonxOrchestrate.updatePhoneConfig(configId, phoneConfig, {
      query: { append: true },
    });
    await sb.twilioFlex.updateInteractionChannel(interactionSid, channelSid, {
      Status: "inactive",
      Routing: { status: "closed" },
    });
  });

  test("a path parameter of the wrong type is refused", () => {
    // @ts-expect-error Healthing's channel_id is an integer, not a string
    void sb.healthing.updateChannel("42", healthingChannel);
    // @ts-expect-error Syllable's campaign_id is an integer, not a string
    void sb.syllable.updateOutboundCampaign("7", outboundCampaign);
    // @ts-expect-error watsonx's config_id is a string
    void sb.watsonxOrchestrate.updatePhoneConfig(17, phoneConfig);
    // @ts-expect-error the Sid is a string
    void sb.twilioFlex.updateInteractionChannel(interactionSid, 1, interactionChannel);
  });

  test("arguments out of order are refused", () => {
    // @ts-expect-error the channel_id comes before the body
    void sb.healthing.updateChannel(healthingChannel, 42);
    // @ts-expect-error the path parameters come before the body
    void sb.twilioFlex.updateInteractionChannel(interactionChannel, interactionSid, channelSid);
  });

  test("a missing path parameter or body is refused, and so is one argument too many", () => {
    // @ts-expect-error the Sid is missing: the body landed in its place
    void sb.twilioFlex.updateInteractionChannel(interactionSid, interactionChannel);
    // @ts-expect-error the body is required
    void sb.healthing.updateChannel(42);
    // @ts-expect-error the body is required
    void sb.syllable.updateChannel();
    // @ts-expect-error Syllable's updateChannel has no path parameter: its id is in the body
    void sb.syllable.updateChannel(1, syllableChannel);
    // @ts-expect-error nothing comes after the options
    void sb.healthing.updateChannel(42, healthingChannel, {}, {});
  });

  test("the body is checked as the spec says", () => {
    void sb.twilioFlex.updateInteractionChannel(interactionSid, channelSid, {
      // @ts-expect-error "wrapup" is not a channel Status
      Status: "wrapup",
    });
    // @ts-expect-error Status is required
    void sb.twilioFlex.updateInteractionChannel(interactionSid, channelSid, {
      Routing: { status: "closed" },
    });
    void sb.healthing.updateChannel(42, {
      // @ts-expect-error Healthing's ChannelUpdate has no status
      status: "open",
    });
    void sb.healthing.updateChannel(42, {
      business_hours: {
        // @ts-expect-error a day's enabled is a boolean
        monday: { enabled: "yes" },
      },
    });
  });
});

describe("options: per-call settings, and the query only where the operation has one", () => {
  test("signal, timeoutMs, retry and headers are accepted everywhere", async () => {
    const settings = {
      signal: AbortSignal.timeout(1_000),
      timeoutMs: 5_000,
      retry: { attempts: 1 },
      headers: { "idempotency-key": "k-1" },
    };
    await sb.syllable.updateChannel(syllableChannel, settings);
    await sb.syllable.updateOutboundCampaign(7, outboundCampaign, settings);
    await sb.healthing.updateChannel(42, healthingChannel, { retry: false });
    await sb.watsonxOrchestrate.updatePhoneConfig(configId, phoneConfig, settings);
    await sb.twilioFlex.updateInteractionChannel(
      interactionSid,
      channelSid,
      interactionChannel,
      settings,
    );
    await sb.healthing.updateChannel(42, healthingChannel, undefined);
  });

  test("watsonx takes its query in the options, with the settings", async () => {
    await sb.watsonxOrchestrate.updatePhoneConfig(configId, phoneConfig, {
      query: { append: true },
      signal: AbortSignal.timeout(1_000),
      timeoutMs: 5_000,
    });
    await sb.watsonxOrchestrate.updatePhoneConfig(configId, phoneConfig, { query: {} });
    void sb.watsonxOrchestrate.updatePhoneConfig(configId, phoneConfig, {
      query: {
        // @ts-expect-error append is a boolean
        append: "true",
      },
    });
    void sb.watsonxOrchestrate.updatePhoneConfig(configId, phoneConfig, {
      query: {
        // @ts-expect-error the only query parameter is append
        mode: "append",
      },
    });
  });

  test("a query is refused by operations that have none", () => {
    void sb.twilioFlex.updateInteractionChannel(interactionSid, channelSid, interactionChannel, {
      // @ts-expect-error updateInteractionChannel takes no query
      query: { append: true },
    });
    void sb.healthing.updateChannel(42, healthingChannel, {
      // @ts-expect-error Healthing's updateChannel takes no query
      query: {},
    });
    void sb.syllable.updateOutboundCampaign(7, outboundCampaign, {
      // @ts-expect-error Syllable's updateOutboundCampaign takes no query
      query: { append: true },
    });
  });

  test("malformed settings are refused", () => {
    void sb.healthing.updateChannel(42, healthingChannel, {
      // @ts-expect-error timeoutMs is a number of milliseconds
      timeoutMs: "5s",
    });
    void sb.healthing.updateChannel(42, healthingChannel, {
      // @ts-expect-error signal is an AbortSignal, not its controller
      signal: new AbortController(),
    });
    void sb.healthing.updateChannel(42, healthingChannel, {
      // @ts-expect-error header values are strings
      headers: { "x-attempt": 1 },
    });
    void sb.healthing.updateChannel(42, healthingChannel, {
      // @ts-expect-error the setting is timeoutMs (a typo is not silently ignored)
      timeoutMS: 5_000,
    });
    void sb.healthing.updateChannel(42, healthingChannel, {
      // @ts-expect-error retry is RetryOptions or false, not true
      retry: true,
    });
  });
});

describe("results", () => {
  test("each method resolves to UpdateResult of its operation's 200 schema", () => {
    expectTypeOf(sb.syllable.updateChannel).returns.resolves.toEqualTypeOf<
      UpdateResult<SyllableSchemas["Channel"]>
    >();
    expectTypeOf(sb.syllable.updateOutboundCampaign).returns.resolves.toEqualTypeOf<
      UpdateResult<SyllableSchemas["OutboundCampaign"]>
    >();
    expectTypeOf(sb.healthing.updateChannel).returns.resolves.toEqualTypeOf<
      UpdateResult<HealthingSchemas["ChannelResponse"]>
    >();
    expectTypeOf(sb.watsonxOrchestrate.updatePhoneConfig).returns.resolves.toEqualTypeOf<
      UpdateResult<WatsonxSchemas["PhoneConfig"]>
    >();
    expectTypeOf(sb.twilioFlex.updateInteractionChannel).returns.resolves.toEqualTypeOf<
      UpdateResult<TwilioFlexSchemas["InteractionChannel"]>
    >();
  });

  test("a section call and the same update by name have the same result type", async () => {
    const positional = await sb.healthing.updateChannel(42, healthingChannel);
    const byName = await sb.update("healthing.updateChannel", {
      path: { channel_id: 42 },
      body: healthingChannel,
    });
    expectTypeOf(positional).toEqualTypeOf(byName);
    if (positional.ok) {
      expectTypeOf(positional.data.total_conversations).toEqualTypeOf<number>();
    }
  });
});
