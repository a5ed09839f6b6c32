/**
 * Canary credentials: one per manifest vendor, under the vendor's own client option names
 * (`auth.options`). Each value appears nowhere else, so the suites can assert that none ever
 * shows up where a caller (or the journal) could see it.
 */
import {
  credentialOptionValues,
  snakeCase,
  type CredentialValues,
  type VendorManifest,
} from "@switchboard/client-runtime/spec";

import { manifestVendors } from "./manifest.js";

function canaryValue(vendor: VendorManifest, option: string): string {
  return `canary-${vendor.name}-${snakeCase(option).replaceAll("_", "-")}-7e4a`;
}

/** The vendor's canary secret, and for HTTP basic its canary user name. */
export function canaryCredentials(vendor: VendorManifest): CredentialValues {
  const { kind, options } = vendor.auth;
  return {
    secret: canaryValue(vendor, options.secret),
    ...(kind === "basic" ? { username: canaryValue(vendor, options.username ?? "username") } : {}),
  };
}

/** The canary credentials as client options: `{ token: "…" }`, `{ accountSid: "…", authToken: "…" }`. */
export function canaryOptions(vendor: VendorManifest): Record<string, string> {
  return credentialOptionValues(vendor.auth, canaryCredentials(vendor));
}

/** `Basic <base64 user:secret>`'s credential part. */
export function basicCredential(username: string, secret: string): string {
  return Buffer.from(`${username}:${secret}`, "utf8").toString("base64");
}

/** The strings that give a vendor's credential away: its secret, and HTTP basic's base64 `user:secret`. */
export function canarySecretsOf(vendor: VendorManifest): string[] {
  const { secret, username } = canaryCredentials(vendor);
  return username === undefined ? [secret] : [secret, basicCredential(username, secret)];
}

/** Every vendor's canary secrets. */
export function canarySecrets(): string[] {
  return manifestVendors().flatMap(canarySecretsOf);
}

/** Every canary user name (HTTP basic): not secret to the facade, but never echoed in a result. */
export function canaryUsernames(): string[] {
  return manifestVendors().flatMap((vendor) => canaryCredentials(vendor).username ?? []);
}
