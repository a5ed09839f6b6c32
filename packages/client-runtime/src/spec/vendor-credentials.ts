import type { VendorAuth } from "./vendor-manifest.js";

/** A credential's values: the secret (API key, token or password) and basic auth's user name. */
export interface CredentialValues {
  readonly secret: string;
  readonly username?: string;
}

/** The client options that carry a credential, e.g. `{ accountSid: "AC…", authToken: "…" }`. */
export function credentialOptionValues(
  auth: VendorAuth,
  { secret, username }: CredentialValues,
): Record<string, string> {
  if (auth.kind !== "basic") return { [auth.options.secret]: secret };
  return { [auth.options.username ?? "username"]: username ?? "", [auth.options.secret]: secret };
}

/** Obvious placeholders under the vendor's own option names: `{ authToken: "your_auth_token" }`. */
export function placeholderCredentials(auth: VendorAuth): Record<string, string> {
  const placeholder = (option: string) => `your_${snakeCase(option)}`;
  return credentialOptionValues(auth, {
    secret: placeholder(auth.options.secret),
    ...(auth.options.username === undefined
      ? {}
      : { username: placeholder(auth.options.username) }),
  });
}

/** `accountSid` → `account_sid`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[-\s]+/g, "_")
    .toLowerCase();
}
