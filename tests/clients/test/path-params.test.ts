import { describe, expect, test } from "vitest";
import { vendors } from "@switchboard/sdk/vendors";
import { recordingFetch } from "./recording-fetch.js";
import { CONFIG_ID, KD, UO } from "./sample-ids.js";

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

// Each operation with a path parameter, sending `id` in that parameter. Values go through
// `as never`: the types forbid most of them, and this checks what happens at run time anyway.
const operations: {
  name: string;
  template: string;
  validId: string;
  send: (fetch: Fetch, id: string) => Promise<unknown>;
}[] = [
  {
    name: "syllable updateOutboundCampaign",
    template: "/api/v1/outbound/campaigns/{id}",
    validId: "679645",
    send: (fetch, id) =>
      vendors.syllable
        .createClient({ apiKey: "k", fetch })
        .PUT("/api/v1/outbound/campaigns/{campaign_id}", {
          params: { path: { campaign_id: id as never } },
          body: { campaign_name: "C", campaign_variables: {}, caller_id: null, active_days: [] },
        }),
  },
  {
    name: "healthing updateChannel",
    template: "/api/v1/channels/{id}",
    validId: "7",
    send: (fetch, id) =>
      vendors.healthing.createClient({ token: "t", fetch }).PUT("/api/v1/channels/{channel_id}", {
        params: { path: { channel_id: id as never } },
        body: {},
      }),
  },
  {
    name: "watsonx-orchestrate updatePhoneConfig",
    template: "/instances/42/api/v1/channels/phone/{id}",
    validId: CONFIG_ID,
    send: (fetch, id) =>
      vendors.watsonxOrchestrate
        .createClient({
          token: "t",
          apiEndpoint: "api.eu-de.watson-orchestrate.test/instances/42",
          fetch,
        })
        .PATCH("/api/v1/channels/phone/{config_id}", {
          params: { path: { config_id: id } },
          body: {},
        }),
  },
  {
    name: "twilio-flex updateInteractionChannel (InteractionSid)",
    template: `/v1/Interactions/{id}/Channels/${UO}`,
    validId: KD,
    send: (fetch, id) =>
      vendors.twilioFlex
        .createClient({ accountSid: "AC123", authToken: "t", fetch })
        .POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
          params: { path: { InteractionSid: id, Sid: UO } },
          body: { Status: "closed" },
        }),
  },
  {
    name: "twilio-flex updateInteractionChannel (Sid)",
    template: `/v1/Interactions/${KD}/Channels/{id}`,
    validId: UO,
    send: (fetch, id) =>
      vendors.twilioFlex
        .createClient({ accountSid: "AC123", authToken: "t", fetch })
        .POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
          params: { path: { InteractionSid: KD, Sid: id } },
          body: { Status: "closed" },
        }),
  },
];

const hostileIds = [
  "a/b",
  "../../admin",
  "x?append=false",
  "x#frag",
  "%2F..%2F",
  "ü/€",
  "a".repeat(10_000),
];

describe.each(operations)("$name", ({ template, validId, send }) => {
  test.each(hostileIds.map((id) => [id.slice(0, 20), id]))(
    "%s stays inside its path segment",
    async (_, id) => {
      const { fetch, requests } = recordingFetch();
      await send(fetch, id);
      const url = new URL(requests[0]!.url);
      expect(url.pathname).toBe(template.replace("{id}", encodeURIComponent(id)));
      expect(url.search).toBe("");
      expect(url.hash).toBe("");
    },
  );

  test.each(["..", ".", ""])("%j is refused before anything is sent", async (id) => {
    const { fetch, requests } = recordingFetch();
    await expect(send(fetch, id)).rejects.toThrow(/must not be empty, "\." or "\.\."/);
    expect(requests).toHaveLength(0);
  });

  test("a valid id is sent unchanged", async () => {
    const { fetch, requests } = recordingFetch();
    await send(fetch, validId);
    expect(new URL(requests[0]!.url).pathname).toBe(template.replace("{id}", validId));
  });
});
