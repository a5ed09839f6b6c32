/**
 * Shared by the facade's type tests: one facade per configuration under test and a valid body
 * per operation. The `*.test-d.ts` files are only type-checked; the offline `fetch` keeps them
 * harmless even if something did run them.
 */
import type { components as HealthingComponents } from "@switchboard/healthing";
import type { components as SyllableComponents } from "@switchboard/syllable";
import type { components as TwilioFlexComponents } from "@switchboard/twilio-flex";
import type { components as WatsonxOrchestrateComponents } from "@switchboard/watsonx-orchestrate";
import { createSwitchboard } from "../../src/index.js";

export type SyllableSchemas = SyllableComponents["schemas"];
export type HealthingSchemas = HealthingComponents["schemas"];
export type WatsonxSchemas = WatsonxOrchestrateComponents["schemas"];
export type TwilioFlexSchemas = TwilioFlexComponents["schemas"];

const fetch = async (): Promise<Response> => Response.json({});

export const vendorOptions = {
  syllable: { apiKey: "syllable-key", fetch },
  healthing: { token: "healthing-token", fetch },
  watsonxOrchestrate: { token: "watsonx-token", baseUrl: "https://wxo.example.test", fetch },
  twilioFlex: {
    accountSid: "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    authToken: "twilio-token",
    fetch,
  },
};

/** Every vendor configured, failures as results (the default). */
export const sb = createSwitchboard({
  syllable: vendorOptions.syllable,
  healthing: vendorOptions.healthing,
  watsonxOrchestrate: vendorOptions.watsonxOrchestrate,
  twilioFlex: vendorOptions.twilioFlex,
  retry: { attempts: 3 },
  timeoutMs: 10_000,
});

export const interactionSid = "KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
export const channelSid = "UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1";
export const configId = "b6a1f0d2-4c3e-4f5a-9b8c-7d6e5f4a3b21";

export const syllableChannel: SyllableSchemas["ChannelUpdateRequest"] = {
  id: 1,
  name: "webchat",
  channel_service: "webchat",
  config: { telephony: { overall_input_timeout: 20 } },
};

export const outboundCampaign: SyllableSchemas["OutboundCampaignInput"] = {
  campaign_name: "Outbound Campaign 1",
  campaign_variables: { key: "value" },
  caller_id: null,
  active_days: ["mon", "tue"],
};

export const healthingChannel: HealthingSchemas["ChannelUpdate"] = {
  assignment_mode: "round_robin",
  business_hours: { monday: { enabled: true, start: "09:00", end: "17:00" } },
};

export const phoneConfig: WatsonxSchemas["PhoneConfigUpdate"] = {
  phone_numbers: [{ phone_number: "+15555550100" }],
};

export const interactionChannel: TwilioFlexSchemas["InteractionChannelUpdate"] = {
  Status: "inactive",
  Routing: { status: "closed" },
};
