/** 4. A body in a media type the operation does not accept: 415, naming the content type. */
import { exampleQuery, sendOperation, vendorUrl } from "@switchboard/test-support";
import { describe, expect } from "vitest";

import { mediaTypeCases } from "./support/cases/request-cases.js";
import { caseTests, expectNamesField } from "./support/expectations.js";

describe("bodies in a media type the operation does not accept are refused", () => {
  caseTests(mediaTypeCases(), async ({ operation, contentType, raw }) => {
    const response = await sendOperation(vendorUrl(operation.vendor), operation, {
      query: exampleQuery(operation),
      body: { contentType, raw },
    });
    expect(response.status, response.text).toBe(415);
    expectNamesField(operation, response.json, ["header", "content-type"]);
  });
});
