import type { IHttpConfig, PrismHttpInstance } from "@stoplight/prism-http";
import { prismHttp } from "./load-prism.js";
import { silentLogger } from "./silent-logger.js";

// Every check Prism's own server makes: request validation, security, response validation.
export const PRISM_CONFIG: IHttpConfig = {
  validateRequest: true,
  validateResponse: true,
  checkSecurity: true,
  errors: false,
  isProxy: false,
  upstreamProxy: undefined,
  mock: { dynamic: false },
};

/** A Prism instance with the gateway's config, keeping quiet. */
export function createPrismInstance(): PrismHttpInstance {
  return prismHttp.createInstance(PRISM_CONFIG, { logger: silentLogger });
}
