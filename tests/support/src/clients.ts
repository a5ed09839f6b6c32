/**
 * The generated clients, from the facade's registry, pointed at the gateway with each vendor's
 * canary credentials. Calls go through openapi-fetch's `request(method, path, init)`, which the
 * spec clients wrap like their `GET`/`PUT`/... methods (credentials, body encoding, safe path
 * parameters), so every operation found in a spec can be called without naming it.
 */
import { canaryOptions } from "./credentials.js";
import { vendorNamed } from "./manifest.js";
import { registered } from "./registry.js";

export interface GenericClient {
  request(
    method: string,
    path: string,
    init?: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** The vendor's generated client (by its manifest name), with canary credentials, at `baseUrl`. */
export function clientFor(vendor: string, baseUrl: string): GenericClient {
  const manifest = vendorNamed(vendor);
  const createClient = registered(manifest).entry.createClient as (options: object) => unknown;
  return createClient({ ...canaryOptions(manifest), baseUrl }) as GenericClient;
}
