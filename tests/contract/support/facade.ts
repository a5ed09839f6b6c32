/** The facade (`@switchboard/sdk`) configured against the suite's gateway, with canary credentials. */
import { createSwitchboard, type SwitchboardOptions } from "@switchboard/sdk";

import { vendorUrl } from "./gateway.js";

/** Canary credentials: the suite asserts these never show up anywhere a caller can see. */
export const CREDENTIALS = {
  syllableApiKey: "canary-syllable-api-key-5f1e",
  healthingToken: "canary-healthing-token-8a2c",
  watsonxToken: "canary-watsonx-token-3d9b",
  twilioAccountSid: "AC0123456789abcdef0123456789abcdef",
  twilioAuthToken: "canary-twilio-auth-token-7e4a",
} as const;

/** The configured secrets as they could leak: each one, and HTTP basic's base64 `sid:token`. */
export const CANARY_SECRETS: readonly string[] = [
  CREDENTIALS.syllableApiKey,
  CREDENTIALS.healthingToken,
  CREDENTIALS.watsonxToken,
  CREDENTIALS.twilioAuthToken,
  btoa(`${CREDENTIALS.twilioAccountSid}:${CREDENTIALS.twilioAuthToken}`),
];

/** Every vendor configured against the gateway. */
export function gatewayOptions() {
  return {
    syllable: { apiKey: CREDENTIALS.syllableApiKey, baseUrl: vendorUrl("syllable") },
    healthing: { token: CREDENTIALS.healthingToken, baseUrl: vendorUrl("healthing") },
    watsonxOrchestrate: {
      token: CREDENTIALS.watsonxToken,
      baseUrl: vendorUrl("watsonx-orchestrate"),
    },
    twilioFlex: {
      accountSid: CREDENTIALS.twilioAccountSid,
      authToken: CREDENTIALS.twilioAuthToken,
      baseUrl: vendorUrl("twilio-flex"),
    },
  } satisfies SwitchboardOptions;
}

type FacadeSettings = Omit<
  SwitchboardOptions,
  "syllable" | "healthing" | "watsonxOrchestrate" | "twilioFlex"
>;

/** A facade on the gateway with fast retries, so retry tests take milliseconds. */
export function gatewaySwitchboard<const Settings extends FacadeSettings>(settings?: Settings) {
  return createSwitchboard({
    ...gatewayOptions(),
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 200 },
    ...settings,
  });
}
