/**
 * Every named request example of every operation, through the facade: the page's examples and
 * those the vendors' official SDKs build (`x-provenance: vendor-spec`) alike.
 */
import {
  documentedRequests,
  gatewaySwitchboard,
  successResponse,
  type DocumentedRequest,
} from "@switchboard/test-support";
import { describe, expect, test } from "vitest";

import { exampleCases } from "../support/cases/example-cases.js";

/** The facade sends an operation's first media type: its examples are the ones it can send. */
const cases = exampleCases()
  .filter(({ operation, media }) => operation.requestBody?.media[0] === media)
  .map((exampleCase) => {
    const request = documentedRequests().find(
      ({ prefix, operationId }) =>
        prefix === exampleCase.operation.vendor &&
        operationId === exampleCase.operation.operationId,
    );
    if (!request) throw new Error(`${exampleCase.name}: no documented request`);
    return [exampleCase.name, { ...exampleCase, request }] as const;
  });

describe("every named request example through the facade", () => {
  test("there are examples to send", () => {
    expect(cases.length).toBeGreaterThanOrEqual(documentedRequests().length);
  });

  test.each(cases)("%s", async (_name, { operation, example, request }) => {
    const input: DocumentedRequest["input"] = { ...request.input, body: example.value };
    const result = await gatewaySwitchboard().update(request.name, input as never);
    const status = Number(successResponse(operation).status);
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, status });
  });
});
