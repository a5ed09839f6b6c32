import { describe, expect, it } from "vitest";

import {
  allOperations,
  documentedRequest,
  documentedRequests,
  findOperation,
  validatorAt,
  vendorNamed,
} from "../src/index.js";

describe("documented requests", () => {
  it("exist for every operation, named `<facade key>.<operationId>`", () => {
    expect(
      documentedRequests().map((request) => `${request.prefix} ${request.operationId}`),
    ).toEqual(allOperations().map((operation) => operation.label));
    for (const request of documentedRequests()) {
      expect(request.name).toBe(`${vendorNamed(request.prefix).key}.${request.operationId}`);
      expect(request.vendor).toBe(vendorNamed(request.prefix).key);
    }
  });

  it("carry the parameters' examples and the first body example, valid against the spec", () => {
    for (const request of documentedRequests()) {
      const operation = findOperation(request.prefix, request.operationId);
      for (const parameter of operation.parameters) {
        const value = request.input[parameter.in as "path" | "query"]?.[parameter.name];
        // An optional query parameter is sent only when it documents an example of its own.
        if (value === undefined && parameter.in === "query" && !parameter.required) continue;
        expect(value, `${request.name} ${parameter.name}`).toEqual(parameter.example);
        expect(validatorAt(request.prefix, parameter.schemaPointer)(value)).toBe(true);
      }
      const media = operation.requestBody?.media[0];
      if (media) {
        expect(request.input.body).toEqual(media.examples[0]?.value);
        expect(validatorAt(request.prefix, media.schemaPointer)(request.input.body)).toBe(true);
      }
      expect(request.pathNames).toEqual(
        [...operation.path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]),
      );
    }
  });

  it("hand out copies, and refuse an unknown name", () => {
    const [first] = documentedRequests();
    const copy = documentedRequest(first!.name);
    expect(copy).toEqual(first);
    expect(copy).not.toBe(first);
    expect(() => documentedRequest("acmeVoice.noSuchOperation" as never)).toThrow(
      "no documented request for acmeVoice.noSuchOperation",
    );
  });
});
