/**
 * Each vendor's error bodies, as the gateway answers them, mapped to the one UpdateError shape.
 * Every manifest vendor is covered in its own error format (`errorFormat`, read with the
 * toolkit's `ERROR_FORMATS`): documented 401 and 404 answers, a validation error the vendor
 * gives for a request the facade let through, and a documented 429's Retry-After.
 */
import { ERROR_FORMATS, type ErrorFormat } from "@switchboard/client-runtime/spec";
import { createSwitchboard, type OperationName } from "@switchboard/sdk";
import {
  allOperations,
  bodyMutations,
  clearJournal,
  documentedRequest,
  documentedRequests,
  documentedResponse,
  encodeBody,
  examplePathParams,
  exampleQuery,
  findOperation,
  gatewayOptions,
  gatewaySwitchboard,
  manifestVendors,
  mutatedBody,
  mutationLocation,
  mutationName,
  operationUrl,
  parameterMutations,
  readJournal,
  rewriteBodyFetch,
  rewriteUrlFetch,
  validationResponse,
  vendorNamed,
  vendorUrl,
  type Mutation,
  type Operation,
} from "@switchboard/test-support";
import { beforeEach, describe, expect, test } from "vitest";

import { expectNamesField } from "../support/expectations.js";

beforeEach(() => clearJournal());

function formatOf(prefix: string): ErrorFormat {
  return ERROR_FORMATS[vendorNamed(prefix).errorFormat];
}

function sendWithFault(name: OperationName, fault: string) {
  const { input } = documentedRequest(name);
  return gatewaySwitchboard({ retry: false }).update(name, input as never, {
    headers: { "x-mock-fault": fault },
  });
}

describe.each([
  [401, "unauthorized"],
  [404, "not_found"],
] as const)("a documented %i", (status, kind) => {
  test.each(documentedRequests().map((request) => [request.name, request] as const))(
    "%s: kind, status, request id, and the vendor's message",
    async (name, { prefix }) => {
      const result = await sendWithFault(name, `status=${status}`);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const [entry] = await readJournal();
      expect(result.error).toMatchObject({
        vendor: name.split(".")[0],
        operation: name.split(".")[1],
        kind,
        status,
        requestId: entry!.requestId,
        attempts: 1,
      });
      // The raw body is the vendor's own, in its format; the message carries what it says.
      const format = formatOf(prefix);
      expect(format.matches(result.error.raw), JSON.stringify(result.error.raw)).toBe(true);
      const said = format.read(result.error.raw as Record<string, unknown>).message;
      expect(said).not.toBe("");
      expect(result.error.message).toBe(`${name}: ${status} ${said}`);
    },
  );
});

interface VendorRefusal {
  operation: Operation;
  mutation: Mutation;
  /** A `fetch` that sends the broken request instead of the facade's valid one. */
  fetch: typeof fetch;
}

/** The vendor's first constraint, broken on the wire after the facade validated the request. */
function vendorRefusal(vendor: string): VendorRefusal {
  for (const operation of allOperations().filter((candidate) => candidate.vendor === vendor)) {
    for (const media of operation.requestBody?.media ?? []) {
      const [mutation] = bodyMutations(operation, media);
      if (mutation === undefined) continue;
      const broken = encodeBody(media, mutatedBody(mutation).body);
      return { operation, mutation, fetch: rewriteBodyFetch(() => broken) };
    }
    const [mutation] = parameterMutations(operation);
    if (mutation === undefined) continue;
    const { parameter, value } = mutation;
    const path = { ...examplePathParams(operation) };
    const query = { ...exampleQuery(operation) };
    (parameter.in === "path" ? path : query)[parameter.name] = value;
    const url = operationUrl(vendorUrl(vendor), operation, path, query);
    return { operation, mutation, fetch: rewriteUrlFetch(url) };
  }
  throw new Error(`${vendor}: no constraint to break in any operation`);
}

describe("a validation error from the vendor (a request the spec allows, broken on the way)", () => {
  test.each(manifestVendors().map((vendor) => [vendor.name, vendor.errorFormat] as const))(
    "%s (%s): kind, status, the issues and message its body gives",
    async (prefix) => {
      // Stands for a vendor stricter than its documentation: the request breaks after validation.
      const { operation, mutation, fetch } = vendorRefusal(prefix);
      const { key } = vendorNamed(prefix);
      const name = `${key}.${operation.operationId}` as OperationName;
      const options = gatewayOptions();
      const sb = createSwitchboard({
        ...options,
        [key]: { ...options[key as keyof typeof options], fetch },
        retry: false,
      });
      const result = await sb.update(name, documentedRequest(name).input as never);
      const status = Number(validationResponse(operation).status);
      expect(!result.ok && result.error, mutationName(mutation)).toMatchObject({
        kind: "validation",
        status,
      });
      if (result.ok) return;
      const format = formatOf(prefix);
      const raw = result.error.raw as Record<string, unknown>;
      expect(format.matches(raw), JSON.stringify(raw)).toBe(true);
      expectNamesField(operation, raw, mutationLocation(mutation));
      const reading = format.read(raw);
      expect(result.error.issues.map(({ path, message }) => ({ path, message }))).toEqual(
        reading.issues.map(({ path, message }) => ({ path, message })),
      );
      for (const issue of result.error.issues) {
        expect(issue.message).not.toBe("");
        expect(result.error.message).toContain(issue.path);
      }
      expect(result.error.message).toBe(`${name}: ${status} ${reading.message}`);
    },
  );
});

const rateLimited = documentedRequests().flatMap((request) => {
  const operation = findOperation(request.prefix, request.operationId);
  const documented = documentedResponse(operation, 429);
  return documented && documented.examples.length > 0 ? [[request.name, documented] as const] : [];
});

test.each(rateLimited)(
  "%s: a documented 429 keeps its Retry-After and the vendor's documented body",
  async (name, documented) => {
    const result = await sendWithFault(name, "status=429;retry-after=3");
    expect(!result.ok && result.error).toMatchObject({
      kind: "rate_limited",
      status: 429,
      retryAfterMs: 3_000,
      retryable: true,
    });
    expect(!result.ok && result.error.raw).toEqual(documented.examples[0]!.value);
  },
);
