import { createHealthingClient } from "@switchboard/healthing";
import { createSyllableClient } from "@switchboard/syllable";
import { createTwilioFlexClient } from "@switchboard/twilio-flex";
import { createWatsonxOrchestrateClient } from "@switchboard/watsonx-orchestrate";

export const KD = "KD0123456789abcdef0123456789ABCDEF";
export const UO = "UO0123456789abcdef0123456789ABCDEF";
export const CONFIG_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** One client per vendor, with fixed test credentials and the given fetch. */
export function createClients(fetch: Fetch) {
  return {
    syllable: createSyllableClient({ apiKey: "syllable-key", fetch }),
    healthing: createHealthingClient({ token: "healthing-token", fetch }),
    watsonx: createWatsonxOrchestrateClient({
      token: "watsonx-token",
      apiEndpoint: "api.eu-de.watson-orchestrate.test/instances/42",
      fetch,
    }),
    twilio: createTwilioFlexClient({ accountSid: "AC123", authToken: "twilio-token", fetch }),
  };
}

export type Clients = ReturnType<typeof createClients>;
