import { describe, expectTypeOf, test } from "vitest";
import { createSyllableClient, type components, type operations } from "@switchboard/syllable";

type Schemas = components["schemas"];

const client = createSyllableClient({ apiKey: "key", fetch: async () => new Response("{}") });

const channel = {
  id: 1,
  name: "twilio",
  channel_service: "twilio",
  config: { account_sid: "AC123", auth_token: "token" },
  is_system_channel: false,
} satisfies Schemas["ChannelUpdateRequest"];

const campaign = {
  campaign_name: "Outbound Campaign 1",
  campaign_variables: { key: "value" },
  caller_id: null,
  active_days: ["mon", "fri"],
  hourly_rate: 25,
  retry_count: 1,
} satisfies Schemas["OutboundCampaignInput"];

describe("PUT /api/v1/channels/ (updateChannel)", () => {
  test("takes a ChannelUpdateRequest and returns a Channel", async () => {
    expectTypeOf<
      operations["updateChannel"]["requestBody"]["content"]["application/json"]
    >().toEqualTypeOf<Schemas["ChannelUpdateRequest"]>();

    const { data } = await client.PUT("/api/v1/channels/", { body: channel });
    // branded: openapi-fetch maps the schema through Readable<>, which flattens ChannelConfig's
    // `{...} & { [key: string]: unknown }` into one object; equal, but not identical.
    expectTypeOf(data).branded.toEqualTypeOf<Schemas["Channel"] | undefined>();
  });

  test("rejects a channel_service outside ChannelServices", () => {
    client.PUT("/api/v1/channels/", {
      body: {
        ...channel,
        // @ts-expect-error "slack" is not a ChannelServices value
        channel_service: "slack",
      },
    });
  });

  test("rejects a body without the channel id", () => {
    const { id: _, ...withoutId } = channel;
    client.PUT("/api/v1/channels/", {
      // @ts-expect-error id is required: it identifies the channel (there is no path param)
      body: withoutId,
    });
  });

  test("rejects an id that is not a number", () => {
    client.PUT("/api/v1/channels/", {
      body: {
        ...channel,
        // @ts-expect-error id is an integer
        id: "1",
      },
    });
  });

  test("rejects a path parameter: the channel id travels in the body", () => {
    client.PUT("/api/v1/channels/", {
      params: {
        // @ts-expect-error this path has no parameters
        path: { id: 1 },
      },
      body: channel,
    });
  });

  test("rejects an unknown body property", () => {
    client.PUT("/api/v1/channels/", {
      // Plain openapi-fetch lets a spread body through (openapi-ts/openapi-typescript#1769);
      // the clients' StrictClient type checks it exactly.
      body: {
        ...channel,
        // @ts-expect-error the body is closed (additionalProperties: false)
        channel_id: 1,
      },
    });
  });
});

describe("PUT /api/v1/outbound/campaigns/{campaign_id} (updateOutboundCampaign)", () => {
  const path = { campaign_id: 679645 };

  test("takes an OutboundCampaignInput and returns an OutboundCampaign", async () => {
    expectTypeOf<
      operations["updateOutboundCampaign"]["requestBody"]["content"]["application/json"]
    >().toEqualTypeOf<Schemas["OutboundCampaignInput"]>();

    const { data } = await client.PUT("/api/v1/outbound/campaigns/{campaign_id}", {
      params: { path },
      body: campaign,
    });
    // branded: as above, for VoicemailDetection's index signature.
    expectTypeOf(data).branded.toEqualTypeOf<Schemas["OutboundCampaign"] | undefined>();
  });

  test("rejects a day outside DaysOfWeek", () => {
    client.PUT("/api/v1/outbound/campaigns/{campaign_id}", {
      params: { path },
      body: {
        ...campaign,
        // @ts-expect-error "monday" is not a DaysOfWeek value (they are "mon" … "sun")
        active_days: ["monday"],
      },
    });
  });

  test("rejects a body without campaign_name", () => {
    const { campaign_name: _, ...withoutName } = campaign;
    client.PUT("/api/v1/outbound/campaigns/{campaign_id}", {
      params: { path },
      // @ts-expect-error campaign_name is required
      body: withoutName,
    });
  });

  test("rejects a campaign_id that is not a number", () => {
    client.PUT("/api/v1/outbound/campaigns/{campaign_id}", {
      params: {
        // @ts-expect-error campaign_id is an integer, not a string
        path: { campaign_id: "679645" },
      },
      body: campaign,
    });
  });

  test("rejects a call without campaign_id", () => {
    // @ts-expect-error params.path.campaign_id is required
    client.PUT("/api/v1/outbound/campaigns/{campaign_id}", { body: campaign });
  });

  test("rejects an unknown body property", () => {
    client.PUT("/api/v1/outbound/campaigns/{campaign_id}", {
      params: { path },
      // Spelled out, as above: the widened "mon" literal makes the excess check run.
      body: {
        campaign_name: "Outbound Campaign 1",
        campaign_variables: {},
        caller_id: null,
        active_days: ["mon"],
        hourly_rate: 25,
        retry_count: 1,
        // @ts-expect-error the body is closed (additionalProperties: false)
        campaign_id: 679645,
      },
    });
  });
});
