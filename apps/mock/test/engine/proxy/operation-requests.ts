/*
 * A valid request for every operation of the repository's specs, built from what each spec
 * documents (its examples and its security scheme), with a credential the tests can look for.
 */
import { fileURLToPath } from "node:url";
import {
  documentedRequest,
  isObject,
  specOperations,
  vendorAuth,
} from "@switchboard/client-runtime/spec";
import type { Route, Vendor } from "../../../src/engine/vendor.js";
import type { MockRequest, VendorSource } from "../../../src/types.js";
import { loadFolderVendors } from "../../../src/vendors/load-vendors.js";

export const SPECS = fileURLToPath(new URL("../../../../../specs/", import.meta.url));

/** The repository's specs, each as the engine is given it. */
export const loadSpecs = (): Promise<VendorSource[]> => loadFolderVendors(SPECS);

/** One operation of one vendor, and a request to it that its spec finds valid. */
export interface OperationCase {
  /** `syllable updateChannel` */
  name: string;
  vendor: Vendor;
  route: Route;
  /** The credential's secret part: it must reach the upstream and no journal or HAR. */
  secret: string;
  /** The request's credential headers. */
  credentials: Record<string, string>;
  request(changes?: Partial<MockRequest>): MockRequest;
}

/** Every operation of every vendor the engine serves. */
export function operationCases(
  vendors: readonly Vendor[],
  sources: readonly VendorSource[],
): OperationCase[] {
  return vendors.flatMap((vendor) => {
    const source = sources.find(({ name }) => name === vendor.name);
    if (!source) throw new Error(`no spec for ${vendor.name}`);
    return vendor.routes.map((route) => operationCase(vendor, source.document, route));
  });
}

function operationCase(vendor: Vendor, document: unknown, route: Route): OperationCase {
  const operation = specOperations(document).find(
    ({ operationId }) => operationId === route.operationId,
  );
  if (!operation) throw new Error(`${vendor.name}: no operation ${route.operationId}`);
  const documented = documentedRequest(document, operation);
  const path = operation.path.replace(/\{([^{}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(documented.path[name])),
  );
  const secret = `canary-${vendor.name}-Q7v2x`;
  const credentials = credentialHeaders(document, vendor.name, secret);
  const headers: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(documented.header).map(([name, value]) => [name.toLowerCase(), String(value)]),
    ),
    ...credentials,
  };
  let body = Buffer.alloc(0);
  if (documented.body) {
    const { mediaType, example } = documented.body;
    headers["content-type"] = mediaType;
    body = Buffer.from(encodeBody(mediaType, example.value));
  }
  const query = Object.fromEntries(
    Object.entries(documented.query).map(([name, value]) => [name, String(value)]),
  );
  return {
    name: `${vendor.name} ${route.operationId}`,
    vendor,
    route,
    secret,
    credentials,
    request: (changes = {}) => ({
      method: route.method,
      path,
      query: { ...query },
      headers: { ...headers },
      readBody: async () => body,
      ...changes,
    }),
  };
}

function credentialHeaders(
  document: unknown,
  vendor: string,
  secret: string,
): Record<string, string> {
  const auth = vendorAuth(isObject(document) ? document : {}, vendor);
  switch (auth.kind) {
    case "apiKey":
      return { [String(auth.header).toLowerCase()]: secret };
    case "bearer":
      return { authorization: `Bearer ${secret}` };
    case "basic":
      return {
        authorization: `Basic ${Buffer.from(`AC-user:${secret}`).toString("base64")}`,
      };
  }
}

/** JSON as JSON; a form's fields, any that hold a document written as JSON. */
function encodeBody(mediaType: string, value: unknown): string {
  if (/json/.test(mediaType)) return JSON.stringify(value);
  const fields = Object.entries(value as Record<string, unknown>).map(([name, field]) => [
    name,
    typeof field === "string" ? field : JSON.stringify(field),
  ]);
  return new URLSearchParams(fields).toString();
}
