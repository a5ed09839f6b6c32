/**
 * Credentials on the wire, as an operation's security requirement names them: an API key
 * header, bearer or basic authorization. Written independently of the generated clients, so
 * the suites check the gateway against the spec and not one implementation against another.
 */
import { basicCredential, canaryCredentials } from "../credentials.js";
import { vendorNamed } from "../manifest.js";
import type { Operation, SecurityScheme } from "../spec/operations.js";

/** One way of presenting a credential. */
export type CredentialStyle =
  { kind: "apiKey"; header: string } | { kind: "bearer" } | { kind: "basic" };

/** The user name sent in HTTP basic credentials for a vendor that has none of its own. */
const OTHER_USERNAME = "canary-user";

export function styleName(style: CredentialStyle): string {
  return style.kind === "apiKey" ? `${style.header} header` : `${style.kind} authorization`;
}

export function styleHeaders(
  style: CredentialStyle,
  { secret, username = OTHER_USERNAME }: { secret: string; username?: string },
): Record<string, string> {
  switch (style.kind) {
    case "apiKey":
      return { [style.header]: secret };
    case "bearer":
      return { authorization: `Bearer ${secret}` };
    case "basic":
      return { authorization: `Basic ${basicCredential(username, secret)}` };
  }
}

export function schemeStyle(scheme: SecurityScheme): CredentialStyle {
  if (scheme.type === "apiKey" && scheme.in === "header" && scheme.paramName) {
    return { kind: "apiKey", header: scheme.paramName.toLowerCase() };
  }
  if (scheme.type === "http" && (scheme.scheme === "bearer" || scheme.scheme === "basic")) {
    return { kind: scheme.scheme };
  }
  throw new Error(`security scheme ${scheme.name} (${scheme.type}) is not supported by the suites`);
}

/** The vendor's canary secret (the API key, token or password). */
export function secretFor(operation: Pick<Operation, "vendor">): string {
  return canaryCredentials(vendorNamed(operation.vendor)).secret;
}

/** Valid (canary) credentials for the operation: every scheme of its security requirement. */
export function credentialHeaders(operation: Operation): Record<string, string> {
  const credentials = canaryCredentials(vendorNamed(operation.vendor));
  return Object.assign(
    {},
    ...operation.security.map((scheme) => styleHeaders(schemeStyle(scheme), credentials)),
  ) as Record<string, string>;
}

/** Every string that would give the operation's credential away: the secret and each header value. */
export function secretStrings(operation: Operation): string[] {
  const values = Object.values(credentialHeaders(operation));
  return [secretFor(operation), ...values.flatMap((value) => [value, value.split(" ").pop()!])];
}
