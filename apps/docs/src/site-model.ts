import type { SpecMetadata } from "@switchboard/client-runtime";
import {
  specOperations,
  type SpecOperation,
  type VendorManifest,
} from "@switchboard/client-runtime/spec";
import { extractMetadata, type OpenApiDocument } from "@switchboard/codegen";
import { operationModel, type OperationModel } from "./operation-model.js";
import type { VendorSpec } from "./vendor-specs.js";

export type {
  OperationModel,
  ParameterExample,
  RequestBodyModel,
  SecurityModel,
} from "./operation-model.js";

export interface SiteModel {
  vendors: VendorModel[];
}

/** A vendor as the site shows it: its manifest entry's names and auth, and its operations. */
export interface VendorModel extends Pick<
  VendorManifest,
  "name" | "api" | "key" | "packageName" | "title" | "version" | "auth"
> {
  /** The description's first paragraph (Markdown), with the list it introduces, if any. */
  lead: string;
  /** The reference page, relative to the site root: `reference/<name>.html`. */
  referencePage: string;
  operations: OperationModel[];
}

/** Specs in, the site's vendors and operations out; every operation of every spec, in spec order. */
export function buildSiteModel(specs: readonly VendorSpec[]): SiteModel {
  return { vendors: specs.map(vendorModel) };
}

function vendorModel({ vendor, document }: VendorSpec): VendorModel {
  const operations = specOperations(document);
  checkManifestOperations(vendor, operations);
  const metadata: SpecMetadata = extractMetadata(document as unknown as OpenApiDocument);
  const referencePage = `reference/${vendor.name}.html`;
  const info = document.info as { description?: unknown } | undefined;
  const { name, api, key, packageName, title, version, auth } = vendor;
  return {
    name,
    api,
    key,
    packageName,
    title,
    version,
    auth,
    lead: leadOf(typeof info?.description === "string" ? info.description : ""),
    referencePage,
    operations: operations.map((operation) =>
      operationModel(document, operation, metadata, {
        referencePage,
        where: `${vendor.name}.${operation.operationId}`,
      }),
    ),
  };
}

/** The manifest and the bundled spec are both written by codegen: they list the same operations. */
function checkManifestOperations(
  vendor: VendorManifest,
  operations: readonly SpecOperation[],
): void {
  const line = (o: { operationId: string; method: string; path: string }) =>
    `${o.operationId} ${o.method.toUpperCase()} ${o.path}`;
  const inManifest = vendor.operations.map(line).join("\n");
  const inSpec = operations.map(line).join("\n");
  if (inManifest !== inSpec) {
    throw new Error(
      `${vendor.name}: manifest.json's operations do not match the bundled spec ${vendor.bundle}; run \`pnpm generate\``,
    );
  }
}

/**
 * The first paragraph of a Markdown description, and when it ends in a colon, the list that
 * follows it (the paragraph would read as cut off without it).
 */
export function leadOf(description: string): string {
  const blocks = description
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.trim());
  const [first = "", second] = blocks;
  if (first.endsWith(":") && second !== undefined && /^[-*] /.test(second)) {
    return `${first}\n\n${second}`;
  }
  return first;
}
