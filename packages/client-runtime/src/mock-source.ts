/**
 * The header the Switchboard mock gateway puts on answers it gives on its own behalf (a
 * malformed fault header, a `Prefer` it cannot honour, an unknown vendor prefix, a body over
 * its limit), so a client can tell them from the mocked vendor's answers.
 */
export const MOCK_SOURCE_HEADER = "x-mock-source";

/** The header's value on the gateway's own answers. */
export const GATEWAY_SOURCE = "gateway";
