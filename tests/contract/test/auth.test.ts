/** 3. Missing credentials, and credentials in a scheme the operation does not use: 401. */
import {
  canaryCredentials,
  documentedResponse,
  documentedWireRequest,
  secretFor,
  sendOperation,
  styleHeaders,
  vendorNamed,
  vendorUrl,
} from "@switchboard/test-support";
import { describe, expect } from "vitest";

import { authCases } from "./support/cases/request-cases.js";
import { caseTests, expectMatchesResponse } from "./support/expectations.js";

describe("requests without valid credentials are unauthorized", () => {
  caseTests(authCases(), async ({ operation, style }) => {
    const credentials = canaryCredentials(vendorNamed(operation.vendor));
    const response = await sendOperation(vendorUrl(operation.vendor), operation, {
      ...documentedWireRequest(operation),
      credentials: false,
      headers: style ? styleHeaders(style, credentials) : {},
    });
    expect(response.status, response.text).toBe(401);
    const unauthorized = documentedResponse(operation, 401);
    expect(unauthorized, `${operation.label} documents its 401`).toBeDefined();
    expectMatchesResponse(operation, unauthorized!, response.json);
    // The body is one of the spec's own 401 examples.
    expect(unauthorized!.examples.map((example) => example.value)).toContainEqual(response.json);
    expect(response.text).not.toContain(secretFor(operation));
  });
});
