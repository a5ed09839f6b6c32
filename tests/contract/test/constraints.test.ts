/**
 * 2. Each constraint of each request schema (and parameter schema), broken one at a time: the
 * vendor's validation error, in the vendor's error format, naming the offending field.
 */
import {
  deserializeParameter,
  documentedWireRequest,
  examplePathParams,
  exampleQuery,
  localRejection,
  mutatedBody,
  mutationLocation,
  parameterValidator,
  sendOperation,
  validationResponse,
  validatorAt,
  vendorUrl,
  type OperationRequest,
} from "@switchboard/test-support";
import { describe, expect } from "vitest";

import { constraintCases } from "./support/cases/request-cases.js";
import { caseTests, expectMatchesResponse, expectNamesField } from "./support/expectations.js";

describe("a request that breaks one constraint is rejected, naming the field", () => {
  caseTests(constraintCases(), async ({ operation, mutation }) => {
    let request: OperationRequest;
    if (mutation.kind === "body") {
      const { body } = mutatedBody(mutation);
      const validate = validatorAt(operation.vendor, mutation.media.schemaPointer);
      // The suite's own check first: Ajv rejects the body for this constraint and nothing else.
      expect(localRejection(validate, body, mutation.target)).toEqual({ ok: true });
      request = { query: exampleQuery(operation), body: { media: mutation.media, value: body } };
    } else {
      const { parameter, value } = mutation;
      const validate = parameterValidator(operation.vendor, parameter);
      const deserialized = deserializeParameter(operation.vendor, parameter, value);
      expect(localRejection(validate, deserialized, [])).toEqual({ ok: true });
      const documented = documentedWireRequest(operation);
      request =
        parameter.in === "path"
          ? {
              ...documented,
              pathParams: { ...examplePathParams(operation), [parameter.name]: value },
            }
          : { ...documented, query: { ...documented.query, [parameter.name]: value } };
    }

    const response = await sendOperation(vendorUrl(operation.vendor), operation, request);
    const rejected = validationResponse(operation);
    expect(response.status, response.text).toBe(Number(rejected.status));
    expectMatchesResponse(operation, rejected, response.json);
    expectNamesField(operation, response.json, mutationLocation(mutation));
  });
});
