import { facadeSample } from "../client-sample.js";
import { curlExample, gatewayBaseUrl } from "../curl-example.js";
import { sampleCredential } from "../sample-credentials.js";
import type { OperationModel, VendorModel } from "../site-model.js";
import { generatedClientSample } from "./generated-client-sample.js";
import { officialSdks, sdkSample } from "./sdk-samples.js";

export type SampleLanguage = "shell" | "typescript" | "python";

/** One operation's code in one client. */
export interface CodeSample {
  /** Stable and unique per operation: `curl`, `facade`, `client`, `sdk-twilio-node`. */
  id: string;
  /** What a tab reads: `curl`, `Facade`, `Client`, `Twilio Node`. */
  label: string;
  language: SampleLanguage;
  /** The exact text to copy and run. */
  source: string;
  /** How to install an official SDK: `pip install twilio`. */
  install?: string;
}

/** Redoc's `x-codeSamples` `lang` per language (it picks the highlighting by it). */
export const REDOC_LANG: Readonly<Record<SampleLanguage, string>> = {
  shell: "Shell",
  typescript: "TypeScript",
  python: "Python",
};

/**
 * Every sample of one operation, in tab order: curl against the mock gateway, the facade
 * (`@switchboard/sdk`), the vendor's generated client, then each official SDK that covers it.
 */
export function operationCodeSamples(vendor: VendorModel, operation: OperationModel): CodeSample[] {
  const curl = curlExample(operation, gatewayBaseUrl(vendor.name), sampleCredential(vendor.auth));
  const samples: CodeSample[] = [
    { id: "curl", label: "curl", language: "shell", source: curl },
    {
      id: "facade",
      label: "Facade",
      language: "typescript",
      source: facadeSample(vendor, operation),
    },
    {
      id: "client",
      label: "Client",
      language: "typescript",
      source: generatedClientSample(vendor, operation),
    },
  ];
  for (const sdk of officialSdks(vendor)) {
    const source = sdkSample(sdk, vendor, operation);
    if (source !== undefined) {
      const { label, language, install } = sdk;
      samples.push({ id: sampleId(label), label, language, source, install });
    }
  }
  return samples;
}

/** `Twilio Node` → `sdk-twilio-node`. */
function sampleId(label: string): string {
  return `sdk-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}
