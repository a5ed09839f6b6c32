import {
  createHealthingClient,
  metadata as healthingMetadata,
  requestValidators as healthingValidators,
  type operations as HealthingOperations,
} from "@switchboard/healthing";
import {
  createSyllableClient,
  metadata as syllableMetadata,
  requestValidators as syllableValidators,
  type operations as SyllableOperations,
} from "@switchboard/syllable";
import {
  createTwilioFlexClient,
  metadata as twilioFlexMetadata,
  requestValidators as twilioFlexValidators,
  type operations as TwilioFlexOperations,
} from "@switchboard/twilio-flex";
import {
  createWatsonxOrchestrateClient,
  metadata as watsonxOrchestrateMetadata,
  requestValidators as watsonxOrchestrateValidators,
  type operations as WatsonxOrchestrateOperations,
} from "@switchboard/watsonx-orchestrate";

/**
 * Every vendor the facade speaks to, under the key its options and section use: the generated
 * client, the spec's run-time metadata and the request validators compiled from the spec.
 */
export const vendors = {
  syllable: {
    createClient: createSyllableClient,
    metadata: syllableMetadata,
    validators: syllableValidators,
  },
  healthing: {
    createClient: createHealthingClient,
    metadata: healthingMetadata,
    validators: healthingValidators,
  },
  watsonxOrchestrate: {
    createClient: createWatsonxOrchestrateClient,
    metadata: watsonxOrchestrateMetadata,
    validators: watsonxOrchestrateValidators,
  },
  twilioFlex: {
    createClient: createTwilioFlexClient,
    metadata: twilioFlexMetadata,
    validators: twilioFlexValidators,
  },
} as const;

export type VendorKey = keyof typeof vendors;

/** Each vendor's openapi-typescript `operations`, the source of every request and response type. */
export interface VendorOperations {
  syllable: SyllableOperations;
  healthing: HealthingOperations;
  watsonxOrchestrate: WatsonxOrchestrateOperations;
  twilioFlex: TwilioFlexOperations;
}

/** A vendor's options: exactly what its generated client's factory takes. */
export type VendorOptions<Vendor extends VendorKey> = Parameters<
  (typeof vendors)[Vendor]["createClient"]
>[0];

export const VENDOR_KEYS = Object.keys(vendors) as VendorKey[];
