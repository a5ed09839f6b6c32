/** The gateway the global setup started, as the tests see it. */
import { inject } from "vitest";

export interface GatewayInfo {
  /** `http://127.0.0.1:<port>`: also the docs site's origin. */
  url: string;
  vendors: Record<string, string>;
}

declare module "vitest" {
  export interface ProvidedContext {
    gateway: GatewayInfo;
  }
}

export function gateway(): GatewayInfo {
  return inject("gateway");
}
