/*
 * A `Prefer` the operation cannot honour is the caller's mistake: a 400 from the gateway (marked
 * as its own) that names what the operation documents, never a 404 read as "not found" nor a
 * 500 with Prism's internals. Cases are derived from every operation of the repository's specs.
 */
import { GATEWAY_SOURCE, MOCK_SOURCE_HEADER } from "@switchboard/client-runtime";
import { readErrorBody } from "@switchboard/client-runtime/spec";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { createMockEngine } from "../../../src/engine/engine.js";
import {
  documentedResponse,
  examplesOf,
  responseCodes,
} from "../../../src/engine/respond/documented-responses.js";
import type { Route, Vendor } from "../../../src/engine/vendor.js";
import type { MockResponse } from "../../../src/types.js";
import { loadFolderVendors } from "../../../src/vendors/load-vendors.js";

const SPECS = fileURLToPath(new URL("../../../../../specs/", import.meta.url));
// The text of Prism's own failures; none of it may reach a client.
const PRISM_WORDING = /exampleKey|contentType:|We tried|Prism|cannot decode|NOT_FOUND/i;

const engine = await createMockEngine(await loadFolderVendors(SPECS));

interface Operation {
  name: string;
  vendor: Vendor;
  route: Route;
}

const operations: Operation[] = engine.vendors.flatMap((vendor) =>
  vendor.routes.map((route) => ({ name: `${vendor.name} ${route.operationId}`, vendor, route })),
);

async function ask(operation: Operation, prefer: string): Promise<MockResponse> {
  const path = operation.route.template.replace(/\{[^}]+\}/g, "1");
  const answer = await engine.handle(operation.vendor, {
    method: operation.route.method,
    path,
    query: {},
    headers: { prefer },
    readBody: async () => Buffer.alloc(0),
  });
  if ("reset" in answer) throw new Error("unexpected reset");
  return answer;
}

function expectGatewayRefusal(answer: MockResponse): string {
  expect(answer.status).toBe(400);
  expect(answer.headers[MOCK_SOURCE_HEADER]).toBe(GATEWAY_SOURCE);
  const { message } = readErrorBody(answer.body);
  expect(message).not.toMatch(PRISM_WORDING);
  return message;
}

/** A status the operation documents no response for (none when it has a `default`). */
function undocumentedStatus({ route }: Operation): number | undefined {
  const statuses = [500, 503, 418, 599, 299];
  return statuses.find((status) => !documentedResponse(route.operation, status));
}

describe.each(operations.map((operation) => [operation.name, operation] as const))(
  "%s",
  (_, operation) => {
    const { operation: spec } = operation.route;
    const success = documentedResponse(spec, undefined)!;
    const otherExample = spec.responses
      .filter((response) => response !== success)
      .flatMap(examplesOf)
      .find((name) => !examplesOf(success).includes(name));

    test("an undocumented status is a 400 naming the documented ones", async () => {
      const status = undocumentedStatus(operation);
      if (status === undefined) throw new Error(`${operation.name} documents every status`);
      const message = expectGatewayRefusal(await ask(operation, `code=${status}`));
      expect(message).toContain(`code=${status}`);
      for (const code of responseCodes(spec)) expect(message).toContain(code);
    });

    test.each([
      { prefer: `example=${otherExample ?? "noSuchExample"}`, label: "without a code" },
      {
        prefer: `code=${success.code}, example=${otherExample ?? "noSuchExample"}`,
        label: "with the success code",
      },
    ])(
      "an example another status documents, $label, is a 400 naming the status's examples",
      async ({ prefer }) => {
        const message = expectGatewayRefusal(await ask(operation, prefer));
        expect(message).toContain(`${success.code} response`);
        for (const example of examplesOf(success)) expect(message).toContain(example);
      },
    );

    test.each([
      { prefer: "code=abc", names: "code=" },
      { prefer: "code=2000", names: "code=" },
      { prefer: "dynamic=maybe", names: "dynamic=" },
    ])("a malformed preference ($prefer) is a 400 naming it", async ({ prefer, names }) => {
      const message = expectGatewayRefusal(await ask(operation, prefer));
      expect(message).toContain(names);
    });
  },
);
