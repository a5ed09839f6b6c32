/**
 * 6. What the gateway adds to the specs: echo of the caller's update, `Prefer: example=`, fault
 * injection, the journal and the health document.
 */
import type { JsonObject } from "@switchboard/client-runtime/spec";
import mockPackage from "@switchboard/mock/package.json" with { type: "json" };
import {
  allOperations,
  clearJournal,
  documentedResponse,
  documentedWireRequest,
  exampleQuery,
  gateway,
  manifestVendors,
  operationInit,
  operationUrl,
  readJournal,
  secretStrings,
  sendOperation,
  successResponse,
  vendorUrl,
} from "@switchboard/test-support";
import { describe, expect, test } from "vitest";

import { echoCases, pathEchoCases, preferCases } from "./support/cases/echo-cases.js";
import { faultCases } from "./support/cases/fault-cases.js";
import {
  caseTests,
  expectMatchesResponse,
  expectStillServes,
  expectVendorErrorShape,
} from "./support/expectations.js";

const FAULT = "x-mock-fault";

describe("echo: a successful update answers with the caller's change applied", () => {
  caseTests(echoCases(), async ({ operation, media, body, responseField, value }) => {
    const response = await sendOperation(vendorUrl(operation.vendor), operation, {
      query: exampleQuery(operation),
      body: { media, value: body },
    });
    const success = successResponse(operation);
    expect(response.status, response.text).toBe(Number(success.status));
    expectMatchesResponse(operation, success, response.json);
    expect((response.json as JsonObject)[responseField]).toEqual(value);
  });
});

describe("echo: a path parameter that names a response field comes back in it", () => {
  caseTests(pathEchoCases(), async ({ operation, pathParams, responseField, expected }) => {
    const response = await sendOperation(vendorUrl(operation.vendor), operation, {
      ...documentedWireRequest(operation),
      pathParams,
    });
    const success = successResponse(operation);
    expect(response.status, response.text).toBe(Number(success.status));
    expectMatchesResponse(operation, success, response.json);
    expect((response.json as JsonObject)[responseField]).toEqual(expected);
  });
});

describe("Prefer: example=<name> returns the plain documented example, without echo", () => {
  const echoed = echoCases();
  caseTests(preferCases(), async ({ operation, status, example }) => {
    // Send a request that would change the answer (when one exists), to see that it does not.
    const change = echoed.find((item) => item.operation === operation);
    const request = change
      ? { query: exampleQuery(operation), body: { media: change.media, value: change.body } }
      : documentedWireRequest(operation);
    const response = await sendOperation(vendorUrl(operation.vendor), operation, {
      ...request,
      headers: { prefer: `example=${example.name}` },
    });
    expect(response.status, response.text).toBe(status);
    expect(response.json).toEqual(example.value);
  });
});

describe("fault injection: status (and Retry-After)", () => {
  caseTests(faultCases(), async ({ operation, status, retryAfter, documented }) => {
    const header = `status=${status}${retryAfter ? `;retry-after=${retryAfter}` : ""}`;
    const response = await sendOperation(vendorUrl(operation.vendor), operation, {
      ...documentedWireRequest(operation),
      headers: { [FAULT]: header },
    });
    expect(response.status, response.text).toBe(status);
    expect(response.headers.get("retry-after")).toBe(retryAfter ?? null);
    if (documented) {
      // A documented status comes in the documented shape.
      expectMatchesResponse(operation, documentedResponse(operation, status)!, response.json);
    } else {
      expectVendorErrorShape(operation, response.json, status);
    }
    await expectStillServes(operation);
  });
});

describe("fault injection: delay and reset", () => {
  const DELAY_MS = 300;
  for (const operation of allOperations()) {
    test(`${operation.label}: x-mock-fault delay`, async () => {
      const started = performance.now();
      const response = await sendOperation(vendorUrl(operation.vendor), operation, {
        ...documentedWireRequest(operation),
        headers: { [FAULT]: `delay=${DELAY_MS}` },
      });
      const elapsed = performance.now() - started;
      expect(response.status, response.text).toBe(Number(successResponse(operation).status));
      // A lower bound only: the answer never comes before the delay.
      expect(elapsed).toBeGreaterThanOrEqual(DELAY_MS);
    });

    test(`${operation.label}: x-mock-fault reset`, async () => {
      await clearJournal();
      const url = operationUrl(
        vendorUrl(operation.vendor),
        operation,
        undefined,
        exampleQuery(operation),
      );
      const init = operationInit(operation, documentedWireRequest(operation));
      await expect(
        fetch(url, { ...init, headers: { ...init.headers, [FAULT]: "reset" } }),
      ).rejects.toThrow();
      const journal = await readJournal();
      expect(journal).toHaveLength(1);
      expect(journal[0]).toMatchObject({ vendor: operation.vendor, status: null });
      await expectStillServes(operation);
    });
  }

  test("fault: a malformed x-mock-fault header is rejected", async () => {
    const operation = allOperations()[0]!;
    for (const header of ["status=999", "delay=soon", "retry-after=2", "explode"]) {
      const response = await sendOperation(vendorUrl(operation.vendor), operation, {
        ...documentedWireRequest(operation),
        headers: { [FAULT]: header },
      });
      expect(response.status, `${header}: ${response.text}`).toBe(400);
      expect(response.text).toContain(FAULT);
    }
  });
});

describe("journal", () => {
  test("journal: DELETE clears it", async () => {
    const operation = allOperations()[0]!;
    await sendOperation(vendorUrl(operation.vendor), operation, documentedWireRequest(operation));
    expect((await readJournal()).length).toBeGreaterThan(0);
    await clearJournal();
    expect(await readJournal()).toEqual([]);
  });

  test("journal: each answer's x-request-id names its journal entry", async () => {
    await clearJournal();
    const ids: (string | null)[] = [];
    for (const operation of allOperations()) {
      const url = operationUrl(vendorUrl(operation.vendor), operation);
      const response = await fetch(url, {
        method: operation.method,
        headers: { [FAULT]: "status=503" },
      });
      await response.arrayBuffer();
      ids.push(response.headers.get("x-request-id"));
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect((await readJournal()).map((entry) => entry.requestId)).toEqual(ids);
  });

  test("journal: keeps only the newest entries (bounded)", async () => {
    const { journalLimit } = gateway();
    const operation = allOperations()[0]!;
    const url = operationUrl(vendorUrl(operation.vendor), operation);
    const hit = (marker: string) =>
      fetch(url, {
        method: operation.method,
        // A fault answers at once: cheap, and still journaled.
        headers: { [FAULT]: "status=503", "x-contract-marker": marker },
      }).then((response) => response.arrayBuffer());
    await clearJournal();
    for (let index = 0; index < 5; index += 1) await hit("old");
    for (let sent = 0; sent < journalLimit; sent += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, journalLimit - sent) }, () => hit("new")),
      );
    }
    const journal = await readJournal();
    expect(journal).toHaveLength(journalLimit);
    expect(journal.filter((entry) => entry.headers["x-contract-marker"] !== "new")).toEqual([]);
    await clearJournal();
  });

  test("journal: records what was sent, credentials redacted", async () => {
    await clearJournal();
    for (const operation of allOperations()) {
      await sendOperation(vendorUrl(operation.vendor), operation, documentedWireRequest(operation));
    }
    const journal = await readJournal();
    expect(journal.map((entry) => `${entry.vendor} ${entry.operationId} ${entry.status}`)).toEqual(
      allOperations().map((operation) => `${operation.label} ${successResponse(operation).status}`),
    );
    const text = JSON.stringify(journal);
    for (const operation of allOperations()) {
      for (const secret of secretStrings(operation)) expect(text).not.toContain(secret);
    }
    for (const entry of journal) {
      expect(entry).toMatchObject({
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        vendor: expect.any(String),
        operationId: expect.any(String),
        method: expect.any(String),
        path: expect.any(String),
        query: expect.any(Object),
        headers: expect.any(Object),
        status: expect.any(Number),
      });
    }
  });
});

describe("health", () => {
  test("health: lists every spec, every operation and the version", async () => {
    const response = await fetch(`${gateway().url}/__health`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as {
      status: string;
      version: string;
      specs: {
        prefix: string;
        baseUrl: string;
        title: string;
        version: string;
        operations: { operationId: string; method: string; path: string }[];
      }[];
    };
    expect(health.status).toBe("ok");
    expect(health.version).toBe(mockPackage.version);
    expect(health.specs.map((spec) => spec.prefix).sort()).toEqual(
      manifestVendors()
        .map((vendor) => vendor.name)
        .sort(),
    );
    for (const spec of health.specs) {
      const vendor = manifestVendors().find(({ name }) => name === spec.prefix)!;
      expect(spec).toMatchObject({
        baseUrl: vendorUrl(spec.prefix),
        title: vendor.title,
        version: vendor.version,
      });
      const documented = allOperations()
        .filter((operation) => operation.vendor === spec.prefix)
        .map(({ operationId, method, path }) => ({ operationId, method, path }));
      expect(spec.operations).toEqual(expect.arrayContaining(documented));
      expect(spec.operations).toHaveLength(documented.length);
    }
  });
});
