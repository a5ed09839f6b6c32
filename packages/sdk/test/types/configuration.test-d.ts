/**
 * What `createSwitchboard(options)` makes of its options: only the configured vendors exist (as
 * sections and as operation names), and `errors: "throw"` leaves only the success in the type.
 */
import { describe, expectTypeOf, test } from "vitest";
import {
  createSwitchboard,
  type ConfiguredVendor,
  type OperationName,
  type ResponseEvent,
  type UpdateErrorKind,
  type UpdateResult,
  type UpdateSuccess,
} from "../../src/index.js";
import {
  channelSid,
  healthingChannel,
  interactionChannel,
  interactionSid,
  sb,
  syllableChannel,
  vendorOptions,
  type HealthingSchemas,
  type SyllableSchemas,
  type TwilioFlexSchemas,
} from "./fixtures.js";

const twilioPath = { InteractionSid: interactionSid, Sid: channelSid };

describe("a facade configured with only twilioFlex", () => {
  const twilioOnly = createSwitchboard({ twilioFlex: vendorOptions.twilioFlex });

  test("has the twilioFlex section and update, nothing else", () => {
    expectTypeOf<keyof typeof twilioOnly>().toEqualTypeOf<"twilioFlex" | "update">();
    expectTypeOf(twilioOnly.twilioFlex.updateInteractionChannel).returns.resolves.toEqualTypeOf<
      UpdateResult<TwilioFlexSchemas["InteractionChannel"]>
    >();
  });

  test("the other vendors' sections are type errors", () => {
    // @ts-expect-error syllable is not configured
    void twilioOnly.syllable;
    // @ts-expect-error healthing is not configured
    void twilioOnly.healthing.updateChannel(42, healthingChannel);
    // @ts-expect-error watsonxOrchestrate is not configured
    void twilioOnly.watsonxOrchestrate;
  });

  test("update accepts only twilioFlex's operation names", async () => {
    // @ts-expect-error syllable is not configured, so its operations are not names here
    void twilioOnly.update("syllable.updateChannel", { body: syllableChannel });
    // @ts-expect-error healthing is not configured
    void twilioOnly.update("healthing.updateChannel", {
      path: { channel_id: 42 },
      body: healthingChannel,
    });
    const result = await twilioOnly.update("twilioFlex.updateInteractionChannel", {
      path: twilioPath,
      body: interactionChannel,
    });
    expectTypeOf(result).toEqualTypeOf<UpdateResult<TwilioFlexSchemas["InteractionChannel"]>>();
  });

  test("ConfiguredVendor names the configured vendors", () => {
    expectTypeOf<
      ConfiguredVendor<{ twilioFlex: typeof vendorOptions.twilioFlex }>
    >().toEqualTypeOf<"twilioFlex">();
    expectTypeOf<ConfiguredVendor<{ timeoutMs: 5 }>>().toBeNever();
  });
});

describe("other vendor subsets", () => {
  test("two vendors: both sections and both vendors' names, no others", () => {
    const two = createSwitchboard({
      syllable: vendorOptions.syllable,
      healthing: vendorOptions.healthing,
    });
    expectTypeOf<keyof typeof two>().toEqualTypeOf<"syllable" | "healthing" | "update">();
    expectTypeOf<Parameters<typeof two.update>[0]>().toEqualTypeOf<
      OperationName<"syllable" | "healthing">
    >();
    void two.syllable.updateOutboundCampaign;
    void two.update("healthing.updateChannel", {
      path: { channel_id: 42 },
      body: healthingChannel,
    });
    // @ts-expect-error twilioFlex is not configured
    void two.twilioFlex;
    // @ts-expect-error watsonxOrchestrate is not configured
    void two.update("watsonxOrchestrate.updatePhoneConfig", {
      path: { config_id: "c" },
      body: {},
    });
  });

  test("the configured vendors: their sections and their operation names", () => {
    type Configured = "syllable" | "healthing" | "watsonxOrchestrate" | "twilioFlex";
    expectTypeOf<keyof typeof sb>().toEqualTypeOf<Configured | "update">();
    expectTypeOf<Parameters<typeof sb.update>[0]>().toEqualTypeOf<OperationName<Configured>>();
    expectTypeOf(sb).toHaveProperty("watsonxOrchestrate");
  });

  test("a vendor given as undefined is not configured", () => {
    const partial = createSwitchboard({
      syllable: undefined,
      twilioFlex: vendorOptions.twilioFlex,
    });
    expectTypeOf<keyof typeof partial>().toEqualTypeOf<"twilioFlex" | "update">();
    // @ts-expect-error syllable: undefined leaves Syllable out
    void partial.syllable;
  });

  test("no vendors: update takes no name at all", () => {
    const none = createSwitchboard({ timeoutMs: 1_000 });
    expectTypeOf<keyof typeof none>().toEqualTypeOf<"update">();
    expectTypeOf(none).not.toHaveProperty("twilioFlex");
    expectTypeOf<Parameters<typeof none.update>[0]>().toBeNever();
  });
});

describe('errors: "throw"', () => {
  const throwing = createSwitchboard({
    syllable: vendorOptions.syllable,
    healthing: vendorOptions.healthing,
    twilioFlex: vendorOptions.twilioFlex,
    errors: "throw",
  });

  test("update resolves to UpdateSuccess only", async () => {
    const result = await throwing.update("twilioFlex.updateInteractionChannel", {
      path: twilioPath,
      body: interactionChannel,
    });
    expectTypeOf(result).toEqualTypeOf<UpdateSuccess<TwilioFlexSchemas["InteractionChannel"]>>();
    expectTypeOf(result.ok).toEqualTypeOf<true>();
    // No narrowing needed: data is there.
    expectTypeOf(result.data).toEqualTypeOf<TwilioFlexSchemas["InteractionChannel"]>();
    // @ts-expect-error failures reject instead of resolving with an error
    void result.error;
  });

  test("section methods resolve to UpdateSuccess only", () => {
    expectTypeOf(throwing.syllable.updateChannel).returns.resolves.toEqualTypeOf<
      UpdateSuccess<SyllableSchemas["Channel"]>
    >();
    expectTypeOf(throwing.syllable.updateOutboundCampaign).returns.resolves.toEqualTypeOf<
      UpdateSuccess<SyllableSchemas["OutboundCampaign"]>
    >();
    expectTypeOf(throwing.healthing.updateChannel).returns.resolves.toEqualTypeOf<
      UpdateSuccess<HealthingSchemas["ChannelResponse"]>
    >();
    expectTypeOf(throwing.twilioFlex.updateInteractionChannel).returns.resolves.toEqualTypeOf<
      UpdateSuccess<TwilioFlexSchemas["InteractionChannel"]>
    >();
  });

  test('errors: "result", given or left out, keeps UpdateResult', () => {
    const explicit = createSwitchboard({ healthing: vendorOptions.healthing, errors: "result" });
    const implicit = createSwitchboard({ healthing: vendorOptions.healthing });
    expectTypeOf(explicit.healthing.updateChannel).returns.resolves.toEqualTypeOf<
      UpdateResult<HealthingSchemas["ChannelResponse"]>
    >();
    expectTypeOf(implicit.healthing.updateChannel).returns.resolves.toEqualTypeOf<
      UpdateResult<HealthingSchemas["ChannelResponse"]>
    >();
  });

  test("a mode not known until run time keeps the full UpdateResult", () => {
    const mode = process.env.SWITCHBOARD_ERRORS === "throw" ? "throw" : "result";
    const either = createSwitchboard({ healthing: vendorOptions.healthing, errors: mode });
    expectTypeOf(either.healthing.updateChannel).returns.resolves.toEqualTypeOf<
      UpdateResult<HealthingSchemas["ChannelResponse"]>
    >();
  });
});

describe("the options themselves", () => {
  test("each vendor's credentials are required and typed", () => {
    // @ts-expect-error Twilio Flex needs its authToken as well
    void createSwitchboard({ twilioFlex: { accountSid: "AC123" } });
    // @ts-expect-error Syllable's credential is apiKey, not token
    void createSwitchboard({ syllable: { token: "t" } });
    void createSwitchboard({
      // @ts-expect-error watsonx's token is a string
      watsonxOrchestrate: { token: 1, baseUrl: "https://wxo.example.test" },
    });
    void createSwitchboard({
      watsonxOrchestrate: { token: "t", apiEndpoint: "api.eu-de.watson-orchestrate.cloud.ibm.com" },
    });
  });

  test("errors, retry, timeoutMs and hooks are checked", () => {
    void createSwitchboard({
      healthing: vendorOptions.healthing,
      // @ts-expect-error errors is "result" or "throw"
      errors: "throws",
    });
    void createSwitchboard({
      healthing: vendorOptions.healthing,
      // @ts-expect-error timeoutMs is a number of milliseconds
      timeoutMs: "10s",
    });
    void createSwitchboard({
      healthing: vendorOptions.healthing,
      // @ts-expect-error retry's setting is attempts
      retry: { attemps: 3 },
    });
    void createSwitchboard({ healthing: vendorOptions.healthing, retry: false });
    void createSwitchboard({
      healthing: vendorOptions.healthing,
      hooks: {
        onResponse(event) {
          expectTypeOf(event).toEqualTypeOf<ResponseEvent>();
          expectTypeOf(event.outcome).toEqualTypeOf<"ok" | UpdateErrorKind>();
          expectTypeOf(event.status).toEqualTypeOf<number | null>();
        },
      },
    });
  });

  test("an unknown key next to known ones is a compile error, at every level", () => {
    void createSwitchboard({
      healthing: vendorOptions.healthing,
      // @ts-expect-error timeoutMS is a misspelling of timeoutMs
      timeoutMS: 500,
    });
    void createSwitchboard({
      healthing: vendorOptions.healthing,
      // @ts-expect-error twilioflex is a misspelling of twilioFlex
      twilioflex: vendorOptions.twilioFlex,
    });
    // @ts-expect-error foo is no option of the Twilio client
    void createSwitchboard({ twilioFlex: { ...vendorOptions.twilioFlex, foo: 1 } });
    void createSwitchboard({
      healthing: vendorOptions.healthing,
      // @ts-expect-error baseDelayMS is a misspelling of baseDelayMs
      retry: { attempts: 3, baseDelayMS: 5 },
    });
    void createSwitchboard({
      healthing: vendorOptions.healthing,
      // @ts-expect-error onResponce is a misspelling of onResponse
      hooks: { onRequest() {}, onResponce() {} },
    });
  });

  test("a union of operation names takes the input of one of them, not a blend", () => {
    async function send(name: "syllable.updateChannel" | "healthing.updateChannel") {
      // @ts-expect-error Healthing needs path.channel_id; Syllable's body needs its required fields
      await sb.update(name, { body: {} });
    }
    void send;
  });
});
