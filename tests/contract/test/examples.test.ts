/** 1. Every documented request example succeeds, and the answer matches the documented 2xx schema. */
import {
  exampleQuery,
  sendOperation,
  successResponse,
  valueAt,
  vendorUrl,
} from "@switchboard/test-support";
import { describe, expect } from "vitest";

import { exampleCases, writeOnlyCases } from "./support/cases/example-cases.js";
import { caseTests, expectMatchesResponse } from "./support/expectations.js";

describe("documented request examples get the documented success", () => {
  caseTests(exampleCases(), async ({ operation, media, example }) => {
    const response = await sendOperation(vendorUrl(operation.vendor), operation, {
      query: exampleQuery(operation),
      body: { media, value: example.value },
    });
    const success = successResponse(operation);
    expect(response.status, response.text).toBe(Number(success.status));
    expect(response.headers.get("content-type")).toMatch(/json/i);
    expectMatchesResponse(operation, success, response.json);
  });
});

describe("write-only request fields are never sent back", () => {
  caseTests(writeOnlyCases(), async ({ operation, media, example, paths }) => {
    const response = await sendOperation(vendorUrl(operation.vendor), operation, {
      query: exampleQuery(operation),
      body: { media, value: example.value },
    });
    expect(response.status, response.text).toBe(Number(successResponse(operation).status));
    for (const path of paths) {
      expect(
        valueAt(response.json, path),
        `write-only ${path.join(".")} in the response ${response.text}`,
      ).not.toEqual(valueAt(example.value, path));
    }
  });
});
