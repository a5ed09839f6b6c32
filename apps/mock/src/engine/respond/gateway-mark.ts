import { GATEWAY_SOURCE, MOCK_SOURCE_HEADER } from "@switchboard/client-runtime";

/**
 * The header on answers the gateway gives on its own behalf (a malformed fault header, a
 * `Prefer` it cannot honour, a body over its limit...), so a client can tell them from the
 * mocked vendor's answers. Vendor-like answers (validation, 401, examples, injected faults)
 * go without it.
 */
export const GATEWAY_MARK: Readonly<Record<string, string>> = {
  [MOCK_SOURCE_HEADER]: GATEWAY_SOURCE,
};
