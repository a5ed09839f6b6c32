/**
 * The generated clients, one factory per vendor package, pointed at the gateway. Calls go
 * through openapi-fetch's `request(method, path, init)`, which the spec clients wrap like their
 * `GET`/`PUT`/... methods (credentials, body encoding, safe path parameters), so every operation
 * found in a spec can be called without naming it here.
 */
import { createHealthingClient } from "@switchboard/healthing";
import { createSyllableClient } from "@switchboard/syllable";
import { createTwilioFlexClient } from "@switchboard/twilio-flex";
import { createWatsonxOrchestrateClient } from "@switchboard/watsonx-orchestrate";

import { BASIC_USERNAME } from "./requests.js";

export interface GenericClient {
  request(
    method: string,
    path: string,
    init?: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

type Factory = (baseUrl: string, secret: string) => unknown;

/** By vendor prefix. A vendor package without an entry here fails the clients suite. */
export const clientFactories: Record<string, Factory> = {
  healthing: (baseUrl, secret) => createHealthingClient({ token: secret, baseUrl }),
  syllable: (baseUrl, secret) => createSyllableClient({ apiKey: secret, baseUrl }),
  "twilio-flex": (baseUrl, secret) =>
    createTwilioFlexClient({ accountSid: BASIC_USERNAME, authToken: secret, baseUrl }),
  "watsonx-orchestrate": (baseUrl, secret) =>
    createWatsonxOrchestrateClient({ token: secret, baseUrl }),
};

export function clientFor(vendor: string, baseUrl: string, secret: string): GenericClient {
  const factory = clientFactories[vendor];
  if (!factory)
    throw new Error(`no generated client factory for "${vendor}" in support/clients.ts`);
  return factory(baseUrl, secret) as GenericClient;
}
