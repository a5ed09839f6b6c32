import {
  documentedResponses,
  effectiveParameters,
  specOperations,
  type VendorManifest,
} from "@switchboard/client-runtime/spec";
import { GENERATED_BANNER } from "./banner.js";
import type { OpenApiDocument } from "./openapi-document.js";

/**
 * The mock's `src/generated/manifest-vendors.ts`: the type of the vendors it serves by default,
 * under the facade's keys, so a misspelt vendor, operation or example name fails to compile.
 */
export function renderMockVendors(
  vendors: readonly { vendor: VendorManifest; document: OpenApiDocument }[],
): string {
  const entries = vendors.map(({ vendor, document }) => {
    const credentials = [vendor.auth.options.username, vendor.auth.options.secret]
      .filter((option) => option !== undefined)
      .map((option) => `readonly ${option}: string`);
    const operations = specOperations(document).map((operation) => {
      const pathParams = effectiveParameters(document, operation)
        .filter(({ parameter }) => parameter.in === "path")
        .map(({ parameter }) => parameter.name);
      const responses = documentedResponses(document, operation);
      const statuses = responses.map(({ status }) => status).filter((s) => /^\d{3}$/.test(s));
      const examples = [...new Set(responses.flatMap((response) => response.examples))];
      return [
        `      readonly ${operation.operationId}: {`,
        `        readonly pathParams: ${union(pathParams)};`,
        `        readonly statuses: ${statuses.length === 0 ? "never" : statuses.join(" | ")};`,
        `        readonly examples: ${union(examples)};`,
        `      };`,
      ].join("\n");
    });
    return [
      `  readonly ${vendor.key}: {`,
      `    readonly prefix: ${JSON.stringify(vendor.name)};`,
      `    readonly credentials: { ${credentials.join("; ")} };`,
      `    readonly operations: {`,
      ...operations,
      `    };`,
      `  };`,
    ].join("\n");
  });
  return `${GENERATED_BANNER}

/**
 * The vendors the mock serves by default, under the facade's keys: each one's URL prefix, the
 * client options of its credential, and per operation its path parameters, documented statuses
 * and example names. A type, not an interface, so it fits the mock's catalog constraint.
 */
export type ManifestVendors = {
${entries.join("\n")}
};
`;
}

function union(names: readonly string[]): string {
  return names.length === 0 ? "never" : names.map((name) => JSON.stringify(name)).join(" | ");
}
