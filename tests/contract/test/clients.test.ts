/**
 * 5. The generated clients (from the facade's registry, with each vendor's canary credentials
 * under its own option names) against the gateway, end to end: each operation's request
 * examples get the documented success, and the journal shows exactly what the client sent,
 * with its credentials redacted.
 */
import {
  canaryOptions,
  clearJournal,
  clientFor,
  exampleQuery,
  operationUrl,
  readJournal,
  registeredVendors,
  schemeStyle,
  secretStrings,
  successResponse,
  valueAt,
  vendorUrl,
  type Operation,
} from "@switchboard/test-support";
import { describe, expect, test } from "vitest";

import { writeOnlyPaths } from "./support/cases/example-cases.js";
import { clientCases } from "./support/cases/request-cases.js";
import { caseTests, expectMatchesResponse } from "./support/expectations.js";

/** Path parameters as the client takes them: the parameters' own (typed) examples. */
function clientPathParams(operation: Operation): Record<string, unknown> {
  return Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === "path")
      .map((parameter) => [parameter.name, parameter.example]),
  );
}

function clientQuery(operation: Operation): Record<string, unknown> {
  return Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === "query" && parameter.example !== undefined)
      .map((parameter) => [parameter.name, parameter.example]),
  );
}

describe.each(registeredVendors().map((vendor) => [vendor.manifest.name, vendor] as const))(
  "%s's generated client",
  (name, { manifest, entry }) => {
    const options = canaryOptions(manifest);
    test(`is ${manifest.clientFactory}, taking its credentials as options.${Object.keys(options).join(", options.")}`, () => {
      expect(entry.createClient.name).toBe(manifest.clientFactory);
      const createClient = entry.createClient as (options: object) => unknown;
      for (const option of Object.keys(options)) {
        expect(() =>
          createClient({ ...options, [option]: undefined, baseUrl: vendorUrl(name) }),
        ).toThrow(`${manifest.clientFactory}: options.${option} is required`);
      }
      expect(clientFor(name, vendorUrl(name)).request).toBeTypeOf("function");
    });
  },
);

describe("generated clients, end to end, as the journal saw them", () => {
  caseTests(clientCases(), async ({ operation, media, example }) => {
    const client = clientFor(operation.vendor, vendorUrl(operation.vendor));
    await clearJournal();

    const { data, response } = await client.request(operation.method, operation.path, {
      params: { path: clientPathParams(operation), query: clientQuery(operation) },
      ...(example ? { body: example.value } : {}),
    });
    const success = successResponse(operation);
    expect(response.status).toBe(Number(success.status));
    expectMatchesResponse(operation, success, data);

    const journal = await readJournal();
    expect(journal).toHaveLength(1);
    const entry = journal[0]!;
    const url = new URL(
      operationUrl("http://gateway.invalid", operation, undefined, exampleQuery(operation)),
    );
    expect(entry).toMatchObject({
      vendor: operation.vendor,
      operationId: operation.operationId,
      method: operation.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: Number(success.status),
    });
    if (media) expect(entry.headers["content-type"]).toBe(media.mediaType);

    // Credentials: the header is there, its secret is not (an Authorization keeps its scheme).
    for (const scheme of operation.security) {
      const style = schemeStyle(scheme);
      const name = style.kind === "apiKey" ? style.header : "authorization";
      expect(entry.headers[name], `${name} header recorded`).toBeDefined();
      if (style.kind !== "apiKey") {
        expect(entry.headers[name]!.toLowerCase().startsWith(`${style.kind} `)).toBe(true);
      }
    }
    const text = JSON.stringify(journal);
    for (const secret of secretStrings(operation)) expect(text).not.toContain(secret);

    // The body: exactly what was sent, except write-only fields, which are not kept as sent.
    if (example && media) {
      const hidden = writeOnlyPaths(
        operation.vendor,
        { $ref: `#${media.schemaPointer}` },
        example.value,
      );
      const mask = (value: unknown) => {
        const copy = structuredClone(value);
        for (const path of hidden) {
          const parent = valueAt(copy, path.slice(0, -1)) as Record<string, unknown>;
          parent[String(path[path.length - 1])] = "(write-only)";
        }
        return copy;
      };
      for (const path of hidden) {
        expect(
          valueAt(entry.body, path),
          `write-only ${path.join(".")} in the journal`,
        ).not.toEqual(valueAt(example.value, path));
      }
      expect(mask(entry.body)).toEqual(mask(example.value));
    }
  });
});
