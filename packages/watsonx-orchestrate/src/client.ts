import {
  createSpecClient,
  resolveServerUrl,
  type SpecClientOptions,
} from "@switchboard/client-runtime";
import { metadata } from "./generated/metadata.js";
import type { paths } from "./generated/schema.js";

export interface WatsonxOrchestrateClientOptions extends Omit<SpecClientOptions, "baseUrl"> {
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  /**
   * Your instance's API endpoint (host and instance path, without `https://`), filling the
   * spec's `https://{api_endpoint}` server. Ignored when `baseUrl` is given.
   */
  apiEndpoint?: string;
  /** The full base URL; overrides `apiEndpoint`. */
  baseUrl?: string;
}

/** A typed openapi-fetch client for the watsonx Orchestrate phone channel API. */
export function createWatsonxOrchestrateClient({
  token,
  apiEndpoint,
  baseUrl,
  ...options
}: WatsonxOrchestrateClientOptions) {
  return createSpecClient<paths, typeof metadata>(
    metadata,
    {
      ...options,
      baseUrl: baseUrl ?? resolveServerUrl(metadata.servers[0], { api_endpoint: apiEndpoint }),
    },
    {
      clientName: "createWatsonxOrchestrateClient",
      scheme: "WatsonxBearer",
      credential: token,
      options: { secret: "token" },
    },
  );
}

export type WatsonxOrchestrateClient = ReturnType<typeof createWatsonxOrchestrateClient>;
