import { GATEWAY_MARK } from "../engine/respond/gateway-mark.js";
import type { MockResponse } from "../types.js";

/** An answer the gateway gives on its own behalf (never the mocked vendor's), marked as such. */
export function ownAnswer(status: number, body: unknown): MockResponse {
  return { status, headers: { ...GATEWAY_MARK }, body };
}
