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
