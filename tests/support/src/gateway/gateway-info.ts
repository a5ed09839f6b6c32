/** The gateway a suite's global setup started, as its tests see it (`inject("gateway")`). */
import { inject } from "vitest";

export interface GatewayInfo {
  /** `http://127.0.0.1:<port>`: also the docs site's origin when the docs are served. */
  url: string;
  /** Each vendor's base URL, by prefix. */
  vendors: Record<string, string>;
  /** How many entries the journal keeps. */
  journalLimit: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    gateway: GatewayInfo;
  }
}

export function gateway(): GatewayInfo {
  return inject("gateway");
}

/** The base URL the gateway serves a vendor's spec under; throws if it serves no such vendor. */
export function vendorUrl(vendor: string): string {
  const url = gateway().vendors[vendor];
  if (url === undefined) {
    throw new Error(
      `the gateway serves no "${vendor}" (it serves ${Object.keys(gateway().vendors).join(", ")})`,
    );
  }
  return url;
}
