import type { Vendor } from "../engine/vendor.js";
import { GATEWAY_VERSION } from "../version.js";

/** `GET /__health`: the gateway's version, and each vendor it serves with its operations. */
export function health(vendors: readonly Vendor[], url: string, servesDocs: boolean) {
  return {
    status: "ok",
    version: GATEWAY_VERSION,
    docs: servesDocs ? `${url}/` : null,
    specs: vendors.map((vendor) => ({
      prefix: vendor.name,
      key: vendor.key,
      /** Credential options, filled with values the gateway accepts. */
      credentials: vendor.credentials,
      baseUrl: `${url}/${vendor.name}`,
      title: vendor.title,
      version: vendor.version,
      operations: vendor.routes.map(({ operationId, method, template }) => ({
        operationId,
        method,
        path: template,
      })),
    })),
  };
}
