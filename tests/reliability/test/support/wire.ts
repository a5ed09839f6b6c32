/**
 * Sending a facade-shaped request straight to the gateway, without the facade: path and query
 * values as text, the body in the operation's media type, the credentials its security scheme
 * asks for (the shared spec-driven request builder, independent of the clients).
 */
import { sendOperation, vendorUrl, type Sent } from "@switchboard/test-support";

import type { FacadeRequest, OperationUnderTest } from "./operations.js";

function asText(values: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, String(value)]),
  );
}

export function sendRaw(operation: OperationUnderTest, request: FacadeRequest): Promise<Sent> {
  const { media } = operation;
  return sendOperation(vendorUrl(operation.spec.vendor), operation.spec, {
    pathParams: asText(request.path),
    query: asText(request.query),
    ...(media && request.body !== undefined ? { body: { media, value: request.body } } : {}),
  });
}
