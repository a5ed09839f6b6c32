/** 3. Missing credentials, and credentials in a scheme the operation does not use: 401. */
import { describe, expect } from "vitest";

import { authCases } from "../support/cases.js";
import { caseTests, expectMatchesResponse } from "../support/expectations.js";
import { vendorUrl } from "../support/gateway.js";
import { documentedRequest, secretFor, sendOperation, styleHeaders } from "../support/requests.js";
import { documentedResponse } from "../support/spec.js";

describe("requests without valid credentials are unauthorized", () => {
  caseTests(authCases(), async ({ operation, style }) => {
    const response = await sendOperation(vendorUrl(operation.vendor), operation, {
      ...documentedRequest(operation),
      credentials: false,
      headers: style ? styleHeaders(style, secretFor(operation)) : {},
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
