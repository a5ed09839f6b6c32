/**
 * What the contract cases assert, read off the specs and the manifest: bodies against their
 * documented schemas, and error bodies in the vendor's own error format (`errorFormat`, read
 * with the toolkit's `ERROR_FORMATS`).
 */
import { ERROR_FORMATS, pointerOf, type ErrorFormat } from "@switchboard/client-runtime/spec";
import {
  documentedWireRequest,
  errorSummary,
  sendOperation,
  successResponse,
  validatorAt,
  vendorNamed,
  vendorUrl,
  type Operation,
  type ResponseDoc,
  type Segment,
  type Sent,
} from "@switchboard/test-support";
import { expect, test } from "vitest";

/** One test per case, named after it; an empty table is an error, not a pass. */
export function caseTests<Case extends { name: string }>(
  cases: readonly Case[],
  run: (item: Case) => Promise<void>,
): void {
  if (cases.length === 0) throw new Error("a case table is empty: the specs produced no cases");
  for (const item of cases) test(item.name, () => run(item));
}

/** The error format the operation's vendor answers in, as the manifest says. */
export function errorFormatOf(operation: Pick<Operation, "vendor">): ErrorFormat {
  return ERROR_FORMATS[vendorNamed(operation.vendor).errorFormat];
}

/** The body validates against the documented response's JSON schema (Ajv, strict). */
export function expectMatchesResponse(operation: Operation, response: ResponseDoc, body: unknown) {
  if (!response.schemaPointer) {
    throw new Error(`${operation.label}: ${response.status} has no JSON schema`);
  }
  const validate = validatorAt(operation.vendor, response.schemaPointer);
  validate(body);
  expect(
    errorSummary(validate.errors),
    `${operation.label}: body against the documented ${response.status} schema: ${JSON.stringify(body)}`,
  ).toEqual([]);
}

/**
 * The vendor's error body names the offending field: as an issue at its JSON Pointer where the
 * format lists issues (FastAPI's `detail[].loc`), else in its message (`Routing.status`).
 */
export function expectNamesField(
  operation: Operation,
  body: unknown,
  location: readonly Segment[],
) {
  const format = errorFormatOf(operation);
  const text = JSON.stringify(body);
  expect(format.matches(body), `a ${format.name} error body: ${text}`).toBe(true);
  const reading = format.read(body as Record<string, unknown>);
  if (reading.issues.length > 0) {
    const pointer = pointerOf(...location);
    expect(
      reading.issues.map((issue) => issue.path),
      `some issue is at ${pointer} in ${text}`,
    ).toContain(pointer);
  } else {
    const field = location.length > 1 ? location.slice(1).join(".") : String(location[0]);
    expect(reading.message, `the message names ${field} in ${text}`).toContain(field);
  }
}

/**
 * An error body the vendor's format would write for `status` on its own (no documented
 * response): the same fields with values of the same types, `status` itself where it has one.
 */
export function expectVendorErrorShape(operation: Operation, body: unknown, status: number) {
  const format = errorFormatOf(operation);
  const template = format.plainBody(status, "reason") as Record<string, unknown>;
  const shape = Object.fromEntries(
    Object.entries(template).map(([field, value]) => [
      field,
      value === status ? status : anyOfTypeOf(value),
    ]),
  );
  expect(body, `a plain ${format.name} error body`).toEqual(shape);
  expect(format.matches(body)).toBe(true);
}

function anyOfTypeOf(value: unknown): unknown {
  if (typeof value === "string") return expect.any(String);
  if (typeof value === "number") return expect.any(Number);
  if (typeof value === "boolean") return expect.any(Boolean);
  return expect.anything();
}

/** The operation's documented request still gets its documented success. */
export async function expectStillServes(operation: Operation): Promise<Sent> {
  const response = await sendOperation(
    vendorUrl(operation.vendor),
    operation,
    documentedWireRequest(operation),
  );
  const success = successResponse(operation);
  expect(response.status, `a valid request afterwards: ${response.text}`).toBe(
    Number(success.status),
  );
  expectMatchesResponse(operation, success, response.json);
  return response;
}
