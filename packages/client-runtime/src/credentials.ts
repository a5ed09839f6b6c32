import type { SecuritySchemeMetadata } from "./spec-metadata.js";

/** A credential as a security scheme takes it: one secret, or a user name and password. */
export type Credential = string | { readonly username: string; readonly password: string };

/**
 * The headers that authenticate a request the way the spec's security scheme says. Errors
 * name the option at fault and never contain the secret itself.
 */
export function authenticationHeaders(
  scheme: SecuritySchemeMetadata,
  credential: Credential,
  optionNames: CredentialOptionNames,
): Record<string, string> {
  if (scheme.type === "apiKey") {
    return { [scheme.name]: checkSecret(asSecret(credential, optionNames), optionNames.secret) };
  }
  if (scheme.scheme === "bearer") {
    return {
      Authorization: `Bearer ${checkSecret(asSecret(credential, optionNames), optionNames.secret)}`,
    };
  }
  if (typeof credential === "string") {
    throw new TypeError(`${optionNames.secret} must be a user name and password`);
  }
  const username = checkSecret(credential.username, optionNames.username ?? "username");
  if (username.includes(":")) {
    throw new TypeError(`${optionNames.username ?? "username"} must not contain ":"`);
  }
  const password = checkSecret(credential.password, optionNames.secret);
  return { Authorization: `Basic ${base64(`${username}:${password}`)}` };
}

/** How errors name the options a client takes its credential from, e.g. `createXClient: options.token`. */
export interface CredentialOptionNames {
  /** The secret: API key, token or password. */
  readonly secret: string;
  /** The user name of HTTP basic auth. */
  readonly username?: string;
}

function asSecret(credential: Credential, optionNames: CredentialOptionNames): unknown {
  if (typeof credential === "object" && credential !== null) {
    throw new TypeError(`${optionNames.secret} must be a string`);
  }
  return credential;
}

function checkSecret(value: unknown, optionName: string): string {
  if (typeof value !== "string" || value.length === 0) {
    throw new TypeError(`${optionName} is required: a non-empty string`);
  }
  // Header values cannot hold control characters; fetch's own error would echo the secret.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    throw new TypeError(`${optionName} must not contain line breaks or control characters`);
  }
  return value;
}

function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
