import { bundle, type Config } from "@redocly/openapi-core";
import type { OpenApiDocument } from "./openapi-document.js";

/** Bundles a spec into one self-contained document, failing on anything unresolved. */
export async function bundleSpec(specFile: string, config: Config): Promise<OpenApiDocument> {
  const { bundle: result, problems } = await bundle({ ref: specFile, config });
  const errors = problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    const messages = errors.map((problem) => `  - ${problem.message}`).join("\n");
    throw new Error(`${specFile} does not bundle:\n${messages}`);
  }
  return result.parsed as OpenApiDocument;
}
