import {
  createSpecClient,
  resolveServerUrl,
  type SpecClientOptions,
} from "@switchboard/client-runtime";
import { metadata } from "./generated/metadata.js";
import type { paths } from "./generated/schema.js";

export interface HealthingClientOptions extends Omit<SpecClientOptions, "baseUrl"> {
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  /** Defaults to the spec's server. */
  baseUrl?: string;
}

/** A typed openapi-fetch client for the Healthing inbox API, authenticated with a bearer token. */
export function createHealthingClient({ token, baseUrl, ...options }: HealthingClientOptions) {
  return createSpecClient<paths, typeof metadata>(
    metadata,
    { ...options, baseUrl: baseUrl ?? resolveServerUrl(metadata.servers[0]) },
    {
      clientName: "createHealthingClient",
      scheme: "HealthingBearer",
      credential: token,
      options: { secret: "token" },
    },
  );
}

export type HealthingClient = ReturnType<typeof createHealthingClient>;
