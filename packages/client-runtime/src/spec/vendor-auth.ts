import { isObject, type JsonObject } from "./json.js";
import { specOperations } from "./operations.js";
import { credentialOptions, type SchemeKind } from "./switchboard-extension.js";

/** The one security scheme a vendor's operations use, and the client options it is given by. */
export interface VendorAuth {
  readonly scheme: string;
  readonly kind: SchemeKind;
  /** The header an apiKey scheme sends. */
  readonly header?: string;
  /** Client option names: `secret` (API key, token or password) and basic's `username`. */
  readonly options: { readonly secret: string; readonly username?: string };
}

/**
 * The security scheme a vendor's operations use, and the client options its credential is
 * given by. A client takes one credential, so the operations must share exactly one scheme.
 */
export function vendorAuth(document: JsonObject, api: string): VendorAuth {
  const used = new Set<string>();
  const requirementsOf = (security: unknown) =>
    (Array.isArray(security) ? security : []).filter(isObject).forEach((requirement) => {
      for (const scheme of Object.keys(requirement)) used.add(scheme);
    });
  requirementsOf(document.security);
  for (const { operation } of specOperations(document)) requirementsOf(operation.security);
  if (used.size !== 1) {
    throw new Error(
      `${api}: the operations must use exactly one security scheme (the client takes one credential), found ${used.size === 0 ? "none" : [...used].join(", ")}`,
    );
  }
  const [scheme = ""] = used;
  const components = isObject(document.components) ? document.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const raw = schemes[scheme];
  const where = `${api}: security scheme ${scheme}`;
  if (!isObject(raw)) throw new Error(`${where} is not defined in components.securitySchemes`);
  const kind = schemeKind(raw, where);
  const options = credentialOptions(raw, kind, where);
  return {
    scheme,
    kind,
    ...(kind === "apiKey" ? { header: String(raw.name) } : {}),
    options:
      kind === "basic"
        ? { secret: options.password ?? "password", username: options.username ?? "username" }
        : { secret: options[kind === "apiKey" ? "apiKey" : "token"] ?? "token" },
  };
}

function schemeKind(scheme: JsonObject, where: string): SchemeKind {
  if (scheme.type === "apiKey" && scheme.in === "header" && typeof scheme.name === "string")
    return "apiKey";
  if (scheme.type === "http" && typeof scheme.scheme === "string") {
    const httpScheme = scheme.scheme.toLowerCase();
    if (httpScheme === "bearer" || httpScheme === "basic") return httpScheme;
  }
  throw new Error(`${where}: only header API keys and HTTP basic or bearer are supported`);
}
