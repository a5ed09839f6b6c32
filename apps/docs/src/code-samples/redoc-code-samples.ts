import type { VendorModel } from "../site-model.js";
import { operationCodeSamples, REDOC_LANG } from "./code-samples.js";

type Json = Record<string, unknown>;

/** One entry of Redoc's `x-codeSamples` operation extension. */
export interface RedocCodeSample {
  lang: string;
  label: string;
  source: string;
}

/**
 * The spec as its reference page shows it: each operation of the vendor's model with an
 * `x-codeSamples` list (one entry per client, labelled), which Redoc shows beside the operation.
 * The document is copied, not changed.
 */
export function withCodeSamples(document: unknown, vendor: VendorModel): unknown {
  const copy = structuredClone(document) as Json;
  const paths = (copy.paths ?? {}) as Record<string, Json>;
  for (const operation of vendor.operations) {
    const node = paths[operation.path]?.[operation.method] as Json | undefined;
    if (node?.operationId !== operation.operationId) {
      throw new Error(`${vendor.name}: no ${operation.method} ${operation.path} in the spec`);
    }
    node["x-codeSamples"] = operationCodeSamples(vendor, operation).map(
      ({ label, language, source }): RedocCodeSample => ({
        lang: REDOC_LANG[language],
        label,
        source,
      }),
    );
  }
  return copy;
}

/**
 * Redoc 3's `codeSamples.languages` option for a vendor's page: every label its samples use,
 * in tab order. Redoc 3 shows an `x-codeSamples` entry only when its label is among these (by
 * default: curl, Python, Node.js and other language names, not "Facade" or "Client").
 */
export function redocCodeSampleLanguages(vendor: VendorModel): { lang: string; label: string }[] {
  const languages = new Map<string, string>();
  for (const operation of vendor.operations) {
    for (const { label, language } of operationCodeSamples(vendor, operation)) {
      if (!languages.has(label)) languages.set(label, REDOC_LANG[language]);
    }
  }
  return [...languages].map(([label, lang]) => ({ lang, label }));
}
