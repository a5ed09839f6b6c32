import {
  createSpecClient,
  resolveServerUrl,
  type SpecClientOptions,
} from "@switchboard/client-runtime";
import { metadata } from "./generated/metadata.js";
import type { paths } from "./generated/schema.js";

export interface SyllableClientOptions extends Omit<SpecClientOptions, "baseUrl"> {
  /** Sent in the `Syllable-API-Key` header. */
  apiKey: string;
  /** Defaults to the spec's server, `https://api.syllable.cloud`. */
  baseUrl?: string;
}

/** A typed openapi-fetch client for the Syllable API, authenticated with an API key. */
export function createSyllableClient({ apiKey, baseUrl, ...options }: SyllableClientOptions) {
  return createSpecClient<paths, typeof metadata>(
    metadata,
    { ...options, baseUrl: baseUrl ?? resolveServerUrl(metadata.servers[0]) },
    {
      clientName: "createSyllableClient",
      scheme: "SyllableApiKey",
      credential: apiKey,
      options: { secret: "apiKey" },
    },
  );
}

export type SyllableClient = ReturnType<typeof createSyllableClient>;
