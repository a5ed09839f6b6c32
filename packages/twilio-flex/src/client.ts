import {
  createSpecClient,
  resolveServerUrl,
  type SpecClientOptions,
} from "@switchboard/client-runtime";
import { metadata } from "./generated/metadata.js";
import type { paths } from "./generated/schema.js";

export interface TwilioFlexClientOptions extends Omit<SpecClientOptions, "baseUrl"> {
  /** Account SID (or API Key SID): the user name of HTTP basic auth. */
  accountSid: string;
  /** Auth Token (or API Key Secret): the password of HTTP basic auth. */
  authToken: string;
  /** Defaults to the spec's server, `https://flex-api.twilio.com`. */
  baseUrl?: string;
}

/**
 * A typed openapi-fetch client for the Twilio Flex Interactions API. Bodies are sent as
 * `application/x-www-form-urlencoded`; `Routing` is given as an object and sent as one JSON field.
 */
export function createTwilioFlexClient({
  accountSid,
  authToken,
  baseUrl,
  ...options
}: TwilioFlexClientOptions) {
  return createSpecClient<paths, typeof metadata>(
    metadata,
    { ...options, baseUrl: baseUrl ?? resolveServerUrl(metadata.servers[0]) },
    {
      clientName: "createTwilioFlexClient",
      scheme: "TwilioBasicAuth",
      credential: { username: accountSid, password: authToken },
      options: { secret: "authToken", username: "accountSid" },
    },
  );
}

export type TwilioFlexClient = ReturnType<typeof createTwilioFlexClient>;
