import type { ServerMetadata } from "./spec-metadata.js";

/** A server URL with its `{variables}` filled from `values`, falling back to the spec's defaults. */
export function resolveServerUrl(
  server: ServerMetadata,
  values: Readonly<Record<string, string | undefined>> = {},
): string {
  return server.url.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const variable = server.variables?.[name];
    const value = values[name] ?? variable?.default;
    if (value === undefined || value === "") {
      throw new TypeError(`Server variable "${name}" is required`);
    }
    if (variable?.enum && !variable.enum.includes(value)) {
      throw new TypeError(`Server variable "${name}" must be one of: ${variable.enum.join(", ")}`);
    }
    return value;
  });
}

/**
 * The base URL a client calls: the one given, or the spec's server when the option is left out.
 * A `baseUrl` that is present but undefined or empty is refused: it is almost always a lookup
 * that missed (`gateway.vendors.typo`), and falling back would send a test to production.
 */
export function chooseBaseUrl(
  options: { readonly baseUrl?: string | undefined },
  where: string,
  server: () => string,
): string {
  if (!Object.hasOwn(options, "baseUrl")) return server();
  const { baseUrl } = options;
  if (typeof baseUrl !== "string" || baseUrl.trim() === "") {
    const got = typeof baseUrl === "string" ? "an empty string" : String(baseUrl);
    throw new TypeError(
      `${where} must be a URL when given, got ${got}; leave it out to call the vendor's own server`,
    );
  }
  return baseUrl;
}
