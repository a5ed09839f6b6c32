import { errorSummary, isObject, validatorAt } from "@switchboard/spec-validation";
import { expect, test } from "vitest";

import type { Segment } from "./mutations.js";
import { documentedRequest, sendOperation, type Sent } from "./requests.js";
import { errorShape, successResponse, type Operation, type ResponseDoc } from "./spec.js";
import { vendorUrl } from "./gateway.js";

/** One test per case, named after it; an empty table is an error, not a pass. */
export function caseTests<Case extends { name: string }>(
  cases: readonly Case[],
  run: (item: Case) => Promise<void>,
): void {
  if (cases.length === 0) throw new Error("a case table is empty: the specs produced no cases");
  for (const item of cases) test(item.name, () => run(item));
}

/** The body validates against the documented response's JSON schema (Ajv, strict). */
export function expectMatchesResponse(operation: Operation, response: ResponseDoc, body: unknown) {
  if (!response.schemaPointer)
    throw new Error(`${operation.label}: ${response.status} has no JSON schema`);
  const validate = validatorAt(operation.vendor, response.schemaPointer);
  validate(body);
  expect(
    errorSummary(validate.errors),
    `${operation.label}: body against the documented ${response.status} schema: ${JSON.stringify(body)}`,
  ).toEqual([]);
}

/**
 * The vendor's error body names the offending field: FastAPI puts it in some `detail[].loc`
 * (`["body", "config", "id"]`, `["path", "campaign_id"]`); Twilio in `message`.
 */
export function expectNamesField(
  operation: Operation,
  body: unknown,
  location: readonly Segment[],
) {
  const text = JSON.stringify(body);
  if (errorShape(operation) === "fastapi") {
    const detail = isObject(body) && Array.isArray(body.detail) ? body.detail : [];
    const locations = detail.map((item: unknown) => (isObject(item) ? item.loc : undefined));
    expect(locations, `some detail[].loc is ${JSON.stringify(location)} in ${text}`).toContainEqual(
      location,
    );
  } else {
    const field = location.length > 1 ? location.slice(1).join(".") : String(location[0]);
    const message = isObject(body) ? body.message : undefined;
    expect(message, `message names ${field} in ${text}`).toEqual(expect.stringContaining(field));
  }
}

/** An error body in the vendor's plain shape (`{detail: string}` or Twilio's four fields). */
export function expectVendorErrorShape(operation: Operation, body: unknown, status: number) {
  if (errorShape(operation) === "fastapi") {
    expect(body).toEqual({ detail: expect.any(String) });
  } else {
    expect(body).toEqual({
      code: expect.any(Number),
      message: expect.any(String),
      more_info: expect.any(String),
      status,
    });
  }
}

/** The operation's documented request still gets its documented success. */
export async function expectStillServes(operation: Operation): Promise<Sent> {
  const response = await sendOperation(
    vendorUrl(operation.vendor),
    operation,
    documentedRequest(operation),
  );
  const success = successResponse(operation);
  expect(response.status, `a valid request afterwards: ${response.text}`).toBe(
    Number(success.status),
  );
  expectMatchesResponse(operation, success, response.json);
  return response;
}
