import { beforeAll, describe, expect, test } from "vitest";
import { checkStub } from "../../../src/engine/stubs/check-stub.js";
import type { Vendor } from "../../../src/engine/vendor.js";
import { queuesVendor } from "../../support/queues-vendor.js";

let vendors: Vendor[];
beforeAll(async () => {
  vendors = [await queuesVendor()];
});

const operation = { vendor: "queues", operation: "updateQueue" };

describe("checkStub accepts", () => {
  test.each<[string, object]>([
    ["a status fault for a vendor", { vendor: "queues", answer: { status: 503 } }],
    ["a documented status", { ...operation, answer: { status: 200 } }],
    ["an example by name", { ...operation, answer: { example: "rateLimited" } }],
    ["an example with its status", { ...operation, answer: { status: 200, example: "paused" } }],
    ["Retry-After with a status", { vendor: "queues", answer: { status: 503, retryAfter: 2 } }],
    ["a delay and a reset", { vendor: "queues", times: 2, answer: { delayMs: 10, reset: true } }],
    [
      "path parameters, a body and a session",
      {
        ...operation,
        pathParams: { queue_id: "q1" },
        body: { paused: true },
        session: "file-a",
        answer: { status: 404 },
      },
    ],
  ])("%s", (_, input) => {
    expect(checkStub(input, vendors)).toStrictEqual({ stub: input });
  });
});

describe("checkStub refuses, naming the field and the rule", () => {
  test.each<[object, string]>([
    [
      { vendor: "nope", answer: { status: 503 } },
      "vendor: must be the prefix of a vendor the gateway serves (queues)",
    ],
    [
      { vendor: "queues", operation: "deleteQueue", answer: { status: 503 } },
      "operation: must be an operationId of queues (updateQueue)",
    ],
    [
      { ...operation, pathParams: { id: "q1" }, answer: { status: 503 } },
      "pathParams.id: not a path parameter of updateQueue (queue_id)",
    ],
    [
      { vendor: "queues", pathParams: { queue_id: "q1" }, answer: { status: 503 } },
      "pathParams: needs operation (path parameters belong to an operation)",
    ],
    [
      { ...operation, pathParams: { queue_id: 1 }, answer: { status: 503 } },
      "pathParams: must be an object of strings",
    ],
    [
      { vendor: "queues", session: "a b", answer: { status: 503 } },
      "session: must be 1 to 64 letters, digits, '-' or '_'",
    ],
    [
      { vendor: "queues", times: 0, answer: { status: 503 } },
      "times: must be a whole number of at least 1",
    ],
    [
      { vendor: "queues", answer: {} },
      "answer: must be an object with status, example, retryAfter, delayMs or reset",
    ],
    [
      { vendor: "queues", answer: { code: 503 } },
      "answer.code: unknown field; use status, example, retryAfter, delayMs, reset",
    ],
    [
      { vendor: "queues", answr: {}, answer: { status: 503 } },
      "answr: unknown field; use vendor, operation, pathParams, body, session, times, answer",
    ],
    [
      { vendor: "queues", answer: { status: 201 } },
      "answer.status: must be a status the operation documents or 400-599",
    ],
    [
      { ...operation, answer: { status: 201 } },
      "answer.status: must be a status the operation documents or 400-599 (documented: 200, 404, 422, 429)",
    ],
    [
      { vendor: "queues", answer: { example: "rateLimited" } },
      "answer.example: needs operation (examples belong to one)",
    ],
    [
      { ...operation, answer: { example: "nope" } },
      "answer.example: not documented (documented: updated, paused, notFound, rateLimited)",
    ],
    [
      { ...operation, answer: { status: 404, example: "paused" } },
      "answer.example: not documented for status 404 (documented: notFound)",
    ],
    [
      { vendor: "queues", answer: { retryAfter: 5 } },
      "answer.retryAfter: goes with status or example",
    ],
    [
      { vendor: "queues", answer: { status: 503, retryAfter: -1 } },
      "answer.retryAfter: must be whole seconds (0 or more) or an HTTP date",
    ],
    [
      { vendor: "queues", answer: { delayMs: 60_001 } },
      "answer.delayMs: must be whole milliseconds from 0 to 60000",
    ],
    [
      { vendor: "queues", answer: { reset: true, status: 503 } },
      "answer.reset: a dropped connection has no status, example or retryAfter",
    ],
    [{ vendor: "queues", answer: { reset: false } }, "answer.reset: must be true"],
  ])("%j: %s", (input, problem) => {
    expect(checkStub(input, vendors)).toStrictEqual({ problems: [problem] });
  });

  test.each([null, [], "stub"])("%j is not a stub", (input) => {
    expect(checkStub(input, vendors)).toStrictEqual({
      problems: ["the stub must be a JSON object"],
    });
  });
});
