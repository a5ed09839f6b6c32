import { describe, expect, test } from "vitest";
import { vendors } from "@switchboard/sdk/vendors";
import { recordingFetch, type RecordedRequest } from "./recording-fetch.js";
import { CONFIG_ID, KD, UO } from "./sample-ids.js";

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

// Pinned requests, one vendor each, with fixed credentials so the expected headers are literal.
const syllable = (fetch: Fetch) => vendors.syllable.createClient({ apiKey: "syllable-key", fetch });
const healthing = (fetch: Fetch) =>
  vendors.healthing.createClient({ token: "healthing-token", fetch });
const watsonx = (fetch: Fetch) =>
  vendors.watsonxOrchestrate.createClient({
    token: "watsonx-token",
    apiEndpoint: "api.eu-de.watson-orchestrate.test/instances/42",
    fetch,
  });
const twilio = (fetch: Fetch) =>
  vendors.twilioFlex.createClient({ accountSid: "AC123", authToken: "twilio-token", fetch });

interface Case {
  operation: string;
  send: (fetch: Fetch) => Promise<unknown>;
  expected: Omit<RecordedRequest, "headers"> & { headers: Record<string, string> };
}

const cases: Case[] = [
  {
    operation: "syllable updateChannel",
    send: (fetch) =>
      syllable(fetch).PUT("/api/v1/channels/", {
        body: { id: 1, name: "twilio", channel_service: "sip", config: { telephony: {} } },
      }),
    expected: {
      method: "PUT",
      url: "https://api.syllable.cloud/api/v1/channels/",
      headers: { "syllable-api-key": "syllable-key", "content-type": "application/json" },
      body: '{"id":1,"name":"twilio","channel_service":"sip","config":{"telephony":{}}}',
    },
  },
  {
    operation: "syllable updateOutboundCampaign",
    send: (fetch) =>
      syllable(fetch).PUT("/api/v1/outbound/campaigns/{campaign_id}", {
        params: { path: { campaign_id: 679645 } },
        body: { campaign_name: "C", campaign_variables: {}, caller_id: null, active_days: ["mon"] },
      }),
    expected: {
      method: "PUT",
      url: "https://api.syllable.cloud/api/v1/outbound/campaigns/679645",
      headers: { "syllable-api-key": "syllable-key", "content-type": "application/json" },
      body: '{"campaign_name":"C","campaign_variables":{},"caller_id":null,"active_days":["mon"]}',
    },
  },
  {
    operation: "healthing updateChannel",
    send: (fetch) =>
      healthing(fetch).PUT("/api/v1/channels/{channel_id}", {
        params: { path: { channel_id: 7 } },
        body: { business_hours: { monday: { enabled: true, start: "08:00", end: "18:00" } } },
      }),
    expected: {
      method: "PUT",
      url: "https://api.healthing.com.br/api/v1/channels/7",
      headers: { authorization: "Bearer healthing-token", "content-type": "application/json" },
      body: '{"business_hours":{"monday":{"enabled":true,"start":"08:00","end":"18:00"}}}',
    },
  },
  {
    operation: "watsonx-orchestrate updatePhoneConfig",
    send: (fetch) =>
      watsonx(fetch).PATCH("/api/v1/channels/phone/{config_id}", {
        params: { path: { config_id: CONFIG_ID }, query: { append: true } },
        body: { name: "Main line", custom_invite_headers: [{ name: "X-Tenant" }] },
      }),
    expected: {
      method: "PATCH",
      url: `https://api.eu-de.watson-orchestrate.test/instances/42/api/v1/channels/phone/${CONFIG_ID}?append=true`,
      headers: { authorization: "Bearer watsonx-token", "content-type": "application/json" },
      body: '{"name":"Main line","custom_invite_headers":[{"name":"X-Tenant"}]}',
    },
  },
  {
    operation: "twilio-flex updateInteractionChannel (closed)",
    send: (fetch) =>
      twilio(fetch).POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
        params: { path: { InteractionSid: KD, Sid: UO } },
        body: { Status: "closed" },
      }),
    expected: {
      method: "POST",
      url: `https://flex-api.twilio.com/v1/Interactions/${KD}/Channels/${UO}`,
      headers: {
        authorization: "Basic QUMxMjM6dHdpbGlvLXRva2Vu",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "Status=closed",
    },
  },
  {
    operation: "twilio-flex updateInteractionChannel (inactive with Routing)",
    send: (fetch) =>
      twilio(fetch).POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
        params: { path: { InteractionSid: KD, Sid: UO } },
        body: { Status: "inactive", Routing: { status: "closed" } },
      }),
    expected: {
      method: "POST",
      url: `https://flex-api.twilio.com/v1/Interactions/${KD}/Channels/${UO}`,
      headers: {
        authorization: "Basic QUMxMjM6dHdpbGlvLXRva2Vu",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "Status=inactive&Routing=%7B%22status%22%3A%22closed%22%7D",
    },
  },
];

describe("each operation sends exactly the documented request", () => {
  test.each(cases)("$operation", async ({ send, expected }) => {
    const { fetch, requests } = recordingFetch();
    await send(fetch);
    expect(requests).toHaveLength(1);
    const [request] = requests as [RecordedRequest];
    expect(request.method).toBe(expected.method);
    expect(request.url).toBe(expected.url);
    expect(request.headers).toMatchObject(expected.headers);
    expect(request.body).toBe(expected.body);
  });
});

describe("defaults and overrides", () => {
  test("each client defaults to its spec's server", async () => {
    const { fetch, requests } = recordingFetch();
    await vendors.watsonxOrchestrate
      .createClient({ token: "t", fetch })
      .PATCH("/api/v1/channels/phone/{config_id}", {
        params: { path: { config_id: CONFIG_ID } },
        body: {},
      });
    expect(requests[0]?.url).toBe(
      `https://api.us-south.watson-orchestrate.cloud.ibm.com/api/v1/channels/phone/${CONFIG_ID}`,
    );
  });

  test("a caller's baseUrl and headers are kept, and credentials cannot be overridden", async () => {
    const { fetch, requests } = recordingFetch();
    const client = vendors.syllable.createClient({
      apiKey: "real-key",
      baseUrl: "http://127.0.0.1:4010/syllable/",
      headers: { "X-Trace": "abc", "Syllable-API-Key": "other" },
      fetch,
    });
    await client.PUT("/api/v1/channels/", {
      body: { id: 1, name: "n", channel_service: "email", config: {} },
    });
    expect(requests[0]?.url).toBe("http://127.0.0.1:4010/syllable/api/v1/channels/");
    expect(requests[0]?.headers).toMatchObject({
      "x-trace": "abc",
      "syllable-api-key": "real-key",
    });
  });
});
