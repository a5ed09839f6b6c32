import type { VendorManifest } from "@switchboard/client-runtime/spec";
import { GENERATED_BANNER } from "./banner.js";

/** The facade's `src/generated/vendors.ts`: every vendor's client, metadata, validators and types. */
export function renderRegistry(vendors: readonly VendorManifest[]): string {
  const imports = vendors.map(
    ({ key, typeName, clientFactory, packageName }) =>
      `import {\n  ${clientFactory},\n  metadata as ${key}Metadata,\n  requestValidators as ${key}Validators,\n  type operations as ${typeName}Operations,\n} from "${packageName}";`,
  );
  const entries = vendors.map(({ key, clientFactory, packageName }) =>
    [
      `  ${key}: {`,
      `    createClient: ${clientFactory},`,
      `    metadata: ${key}Metadata,`,
      `    validators: ${key}Validators,`,
      `    responseValidators: () =>`,
      `      import("${packageName}/response-validators").then(`,
      `        (module) => module.responseValidators,`,
      `      ),`,
      `  },`,
    ].join("\n"),
  );
  const operations = vendors.map(({ key, typeName }) => `  ${key}: ${typeName}Operations;`);
  return `${GENERATED_BANNER}
${imports.join("\n")}

/**
 * Every vendor the facade speaks to, under the key its options and section use: the generated
 * client, the spec's run-time metadata, the request validators compiled from the spec, and its
 * response validators, imported only when first asked for (they are not in the facade's bundle).
 */
export const vendors = {
${entries.join("\n")}
} as const;

/** Each vendor's openapi-typescript \`operations\`, the source of every request and response type. */
export interface VendorOperations {
${operations.join("\n")}
}
`;
}

/**
 * The facade's package.json with one \`workspace:^\` dependency per vendor package: codegen owns
 * every \`@switchboard/*\` dependency but the client runtime's.
 */
export function renderFacadePackageJson(
  current: string,
  vendors: readonly VendorManifest[],
): string {
  const json = JSON.parse(current) as { dependencies?: Record<string, string> };
  const kept = Object.entries(json.dependencies ?? {}).filter(
    ([name]) => !name.startsWith("@switchboard/") || name === "@switchboard/client-runtime",
  );
  const vendorDependencies = vendors.map(
    ({ packageName }) => [packageName, "workspace:^"] as const,
  );
  json.dependencies = Object.fromEntries(
    [...kept, ...vendorDependencies].sort(([a], [b]) => a.localeCompare(b)),
  );
  return `${JSON.stringify(json, null, 2)}\n`;
}
