import {
  camelCase,
  credentialOptionValues,
  documentExtension,
  isObject,
  vendorAuth,
} from "@switchboard/client-runtime/spec";
import type { VendorSource } from "../types.js";

/** How a client is wired to a served vendor: the facade's key and credentials the mock accepts. */
export interface VendorWiring {
  /** The facade's key: `x-switchboard.key`, else the prefix in camelCase (`twilioFlex`). */
  key: string;
  /** Client options of the vendor's credential, filled with values the mock accepts. */
  credentials: Record<string, string>;
}

/**
 * The wiring of a vendor, read from its spec as codegen reads it. A spec of one's own that
 * codegen could not make a client of (no single security scheme) gets no credentials.
 */
export function vendorWiring(source: VendorSource): VendorWiring {
  const { name, document } = source;
  const key = documentExtension(document, name).key ?? camelCase(name);
  let credentials: Record<string, string> = {};
  try {
    const auth = vendorAuth(isObject(document) ? document : {}, name);
    credentials = credentialOptionValues(auth, {
      secret: `mock-${name}-secret`,
      ...(auth.kind === "basic" ? { username: `mock-${name}-user` } : {}),
    });
  } catch {
    // No client credential to hand out: the spec's security is not one scheme codegen supports.
  }
  return { key, credentials };
}
