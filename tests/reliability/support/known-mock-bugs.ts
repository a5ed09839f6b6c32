/**
 * Gateway (apps/mock) bugs this suite found and reported, not fixed here (the mock is not this
 * suite's to change). Each is a narrow carve-out, and each has a `test.fails` reproduction that
 * starts failing, asking for the carve-out to go, once the gateway is fixed.
 */
import { deref } from "@switchboard/contract-tests/support/spec";

import type { OperationUnderTest } from "./operations.js";
import type { Parameter } from "@switchboard/contract-tests/support/spec";

/**
 * An integer path parameter that JavaScript's `Number()` would read as a number, although it is
 * no integer literal: `"\t"`, `" "`, `" 42"`, `"0x10"`, `"0b11"`, `"1e3"`, `"4.0"`. The gateway
 * answers these 2xx (`PUT /healthing/api/v1/channels/%09` → 200) instead of the 422 a
 * non-integer `channel_id` gets (`.../channels/abc` → 422).
 */
export function lenientIntegerSegment(
  operation: OperationUnderTest,
  parameter: Parameter,
  id: string,
): boolean {
  const schema = deref(operation.spec.vendor, { $ref: `#${parameter.schemaPointer}` });
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const integerLiteral = /^-?(?:0|[1-9]\d*)$/.test(id);
  return types.includes("integer") && !integerLiteral && id !== "" && !Number.isNaN(Number(id));
}

/** Ids that reproduce {@link lenientIntegerSegment}. */
export const LENIENT_INTEGER_IDS = ["\t", " ", " 42", "0x10", "0b11", "1e3", "4.0"];
