/**
 * 7. Hostile input: malformed JSON, oversized bodies and headers, unknown prefixes, paths and
 * methods. Each is refused in the vendor's terms, and the gateway keeps serving afterwards.
 */
import { isObject } from "@switchboard/client-runtime/spec";
import {
  allOperations,
  credentialHeaders,
  documentedResponse,
  documentedWireRequest,
  examplePathParams,
  exampleQuery,
  gateway,
  operationInit,
  operationUrl,
  send,
  sendOperation,
  validationResponse,
  vendorUrl,
} from "@switchboard/test-support";
import { describe, expect, test } from "vitest";

import { hostileCases, type HostileCase } from "./support/cases/hostile-cases.js";
import {
  caseTests,
  expectMatchesResponse,
  expectNamesField,
  expectStillServes,
  expectVendorErrorShape,
} from "./support/expectations.js";
import { rawRequest, type RawResult } from "./support/raw-request.js";

const LIMIT = 1024 * 1024;
/** A percent sign that does not start a valid UTF-8 escape: decodeURIComponent throws on it. */
const MALFORMED_SEGMENT = "%E0%A4%A";

function oversizedBody(item: HostileCase): { contentType: string; body: string } {
  const media = item.operation.requestBody?.media[0];
  const contentType = media?.mediaType ?? "application/json";
  const padding = "a".repeat(LIMIT + 1024);
  return {
    contentType,
    body: /json/i.test(contentType) ? JSON.stringify({ padding }) : `padding=${padding}`,
  };
}

async function raw(
  item: HostileCase,
  options: Parameters<typeof rawRequest>[1],
): Promise<RawResult> {
  const { operation } = item;
  const url = operationUrl(
    vendorUrl(operation.vendor),
    operation,
    undefined,
    exampleQuery(operation),
  );
  return rawRequest(url, {
    ...options,
    headers: { ...credentialHeaders(operation), ...options.headers },
  });
}

describe("hostile input is refused and the gateway keeps serving", () => {
  caseTests(hostileCases(), async (item) => {
    const { operation } = item;
    const baseUrl = vendorUrl(operation.vendor);
    switch (item.kind) {
      case "malformed-json": {
        const response = await sendOperation(baseUrl, operation, {
          query: exampleQuery(operation),
          body: { contentType: item.media!.mediaType, raw: '{"contract": ' },
        });
        const rejected = validationResponse(operation);
        expect(response.status, response.text).toBe(Number(rejected.status));
        expectMatchesResponse(operation, rejected, response.json);
        expectNamesField(operation, response.json, ["body"]);
        break;
      }
      case "malformed-json-field": {
        const example = item.media!.examples[0]?.value;
        const form = new URLSearchParams();
        for (const [name, value] of Object.entries(isObject(example) ? example : {})) {
          if (name !== item.field)
            form.append(name, typeof value === "string" ? value : JSON.stringify(value));
        }
        form.append(item.field!, "{not json");
        const response = await sendOperation(baseUrl, operation, {
          query: exampleQuery(operation),
          body: { contentType: item.media!.mediaType, raw: form.toString() },
        });
        const rejected = validationResponse(operation);
        expect(response.status, response.text).toBe(Number(rejected.status));
        expectMatchesResponse(operation, rejected, response.json);
        expectNamesField(operation, response.json, ["body", item.field!]);
        break;
      }
      case "oversized-declared":
      case "oversized-chunked": {
        const { contentType, body } = oversizedBody(item);
        const result = await raw(item, {
          method: operation.method,
          headers: { "content-type": contentType },
          body,
          chunked: item.kind === "oversized-chunked",
        });
        expect(result.status, JSON.stringify(result)).toBe(413);
        expectVendorErrorShape(operation, JSON.parse(result.body!), 413);
        break;
      }
      case "huge-header": {
        const result = await raw(item, {
          method: operation.method,
          headers: { "x-contract-padding": "a".repeat(64 * 1024) },
        });
        // Node refuses oversized headers with 431, or just closes the connection.
        if (result.status === undefined) expect(result.error).toBeTruthy();
        else expect(result.status).toBe(431);
        break;
      }
      case "unknown-path": {
        const response = await sendOperation(
          `${baseUrl}/contract/no/such/path`,
          { ...operation, path: "" },
          {
            ...documentedWireRequest(operation),
          },
        );
        expect(response.status, response.text).toBe(404);
        expectVendorErrorShape(operation, response.json, 404);
        break;
      }
      case "malformed-percent-encoding": {
        const values = examplePathParams(operation);
        const path = operation.path.replace(/\{([^{}]+)\}/g, (_, name: string) =>
          name === item.field ? MALFORMED_SEGMENT : encodeURIComponent(values[name]!),
        );
        const response = await send(
          `${baseUrl}${path}`,
          operationInit(operation, documentedWireRequest(operation)),
        );
        expect(response.status, response.text).toBeGreaterThanOrEqual(400);
        expect(response.status, response.text).toBeLessThan(500);
        const documented = documentedResponse(operation, response.status);
        if (documented?.schemaPointer) expectMatchesResponse(operation, documented, response.json);
        else expectVendorErrorShape(operation, response.json, response.status);
        break;
      }
      case "unknown-method": {
        const response = await sendOperation(
          baseUrl,
          { ...operation, method: item.method! },
          {
            query: exampleQuery(operation),
          },
        );
        expect(response.status, response.text).toBe(405);
        expectVendorErrorShape(operation, response.json, 405);
        break;
      }
    }
    await expectStillServes(operation);
  });
});

describe("requests outside every vendor", () => {
  test("hostile: an unknown prefix is a 404", async () => {
    for (const method of ["GET", "PUT", "POST"]) {
      const response = await fetch(`${gateway().url}/contract-no-such-vendor/api/v1/channels/`, {
        method,
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: expect.stringContaining("contract-no-such-vendor"),
      });
    }
    for (const operation of allOperations()) await expectStillServes(operation);
  });

  test("hostile: the gateway root is a 404", async () => {
    const response = await fetch(`${gateway().url}/`);
    expect(response.status).toBe(404);
    for (const operation of allOperations()) await expectStillServes(operation);
  });
});
