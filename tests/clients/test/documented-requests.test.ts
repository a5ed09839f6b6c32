/**
 * Every operation of every vendor in the manifest, sent through its generated client (from
 * the facade's registry) as its spec documents it, with each documented body example: method,
 * URL, the auth header the security scheme asks for, content type and body, as the spec says.
 */
import { describe, expect, test } from "vitest";
import type { VendorManifest } from "@switchboard/client-runtime/spec";
import {
  canaryOptions,
  credentialHeaders,
  examplePathParams,
  exampleQuery,
  manifestVendors,
  operationsOf,
  operationUrl,
  registered,
  specDocument,
  type Operation,
} from "@switchboard/test-support";
import { vendors } from "@switchboard/sdk/vendors";
import { queryFields, readBack, serverUrl, withoutQuery } from "./expected-wire.js";
import { recordingFetch, type RecordedRequest } from "./recording-fetch.js";

interface Send {
  pathParams?: Record<string, string>;
  body?: unknown;
  /** Client options beside the credentials, e.g. server variables. */
  options?: Record<string, string>;
}

/** Sends one request through the vendor's generated client; returns what reached fetch. */
async function send(
  vendor: VendorManifest,
  operation: Operation,
  { pathParams = examplePathParams(operation), body, options = {} }: Send,
): Promise<RecordedRequest[]> {
  const { fetch, requests } = recordingFetch();
  const create = registered(vendor).entry.createClient as (options: object) => {
    request(method: string, path: string, init: object): Promise<unknown>;
  };
  const client = create({ ...canaryOptions(vendor), ...options, fetch });
  await client.request(operation.method, operation.path, {
    params: { path: pathParams, query: exampleQuery(operation) },
    ...(body === undefined ? {} : { body }),
  });
  return requests;
}

test("the facade's registry holds exactly the manifest's vendors", () => {
  expect(Object.keys(vendors).sort()).toEqual(
    manifestVendors()
      .map(({ key }) => key)
      .sort(),
  );
});

describe.each(manifestVendors())("$name", (vendor) => {
  const base = serverUrl(specDocument(vendor.name));

  describe.each(operationsOf(vendor.name))("$operationId", (operation) => {
    const media = operation.requestBody?.media[0];
    const examples = media === undefined ? [undefined] : media.examples;

    test("the manifest lists it as the spec does", () => {
      const listed = vendor.operations.find((op) => op.operationId === operation.operationId);
      expect(listed).toEqual({
        operationId: operation.operationId,
        method: operation.method.toLowerCase(),
        path: operation.path,
      });
      expect(examples.length, "documented request-body examples").toBeGreaterThan(0);
    });

    test.each(examples.map((example) => [example?.name ?? "no body", example] as const))(
      "sends the documented request (%s)",
      async (_, example) => {
        const [sent, ...more] = await send(vendor, operation, { body: example?.value });
        expect(more).toHaveLength(0);
        expect(sent!.method).toBe(operation.method);
        expect(withoutQuery(sent!.url)).toBe(operationUrl(base, operation));
        expect(queryFields(new URL(sent!.url).search)).toEqual(
          queryFields(exampleQuery(operation)),
        );
        expect(sent!.headers).toMatchObject(credentialHeaders(operation));
        if (media === undefined || example === undefined) {
          expect(sent!.body).toBe("");
          return;
        }
        expect(sent!.headers["content-type"]).toBe(media.mediaType);
        const { sent: fields, expected } = readBack(media, example.value, sent!.body);
        expect(fields).toEqual(expected);
      },
    );

    test.each(Object.keys(examplePathParams(operation)))(
      "keeps a hostile %s inside its path segment",
      async (name) => {
        const pathParams = { ...examplePathParams(operation), [name]: "../a/b?c=d#e%2F" };
        const [first] = media?.examples ?? [];
        const [sent] = await send(vendor, operation, { pathParams, body: first?.value });
        expect(withoutQuery(sent!.url)).toBe(operationUrl(base, operation, pathParams));
        expect(queryFields(new URL(sent!.url).search)).toEqual(
          queryFields(exampleQuery(operation)),
        );
        expect(new URL(sent!.url).hash).toBe("");
      },
    );
  });
});

describe.each(manifestVendors().filter((vendor) => vendor.serverVariables.length > 0))(
  "$name server variables",
  (vendor) => {
    const [operation] = operationsOf(vendor.name) as [Operation];
    // A value other than the default for each variable (for an enum, its first other value).
    const values = Object.fromEntries(
      vendor.serverVariables.map((variable) => [
        variable.name,
        variable.enum === undefined
          ? `wire-${variable.option.toLowerCase()}.test`
          : (variable.enum.find((value) => value !== variable.default) ?? variable.default),
      ]),
    );

    test("fills each variable from its own client option", async () => {
      const options = Object.fromEntries(
        vendor.serverVariables.map(({ name, option }) => [option, values[name]!]),
      );
      const body = operation.requestBody?.media[0]?.examples[0]?.value;
      const [sent] = await send(vendor, operation, { body, options });
      const base = serverUrl(specDocument(vendor.name), values);
      expect(withoutQuery(sent!.url)).toBe(operationUrl(base, operation));
    });
  },
);
