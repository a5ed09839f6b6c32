import { beforeAll, describe, expect, test } from "vitest";
import { stubFault } from "../../../src/engine/stubs/stub-fault.js";
import type { StubAnswer } from "../../../src/engine/stubs/stub.js";
import type { PrismOperation } from "../../../src/engine/vendor.js";
import { queuesVendor } from "../../support/queues-vendor.js";

let operation: PrismOperation;
beforeAll(async () => {
  operation = (await queuesVendor()).routes[0]!.operation;
});

describe("stubFault: a queued answer as the fault header and Prefer would ask for it", () => {
  test.each<[string, StubAnswer, ReturnType<typeof stubFault>]>([
    ["a status", { status: 503 }, { fault: { status: 503 } }],
    [
      "a status with Retry-After",
      { status: 503, retryAfter: 2 },
      { fault: { status: 503, retryAfter: "2" } },
    ],
    [
      "an example: its documented status",
      { example: "rateLimited" },
      { fault: {}, prefer: "code=429, example=rateLimited" },
    ],
    [
      "an example with a status",
      { status: 200, example: "paused" },
      { fault: {}, prefer: "code=200, example=paused" },
    ],
    ["a delay alone", { delayMs: 40 }, { fault: { delayMs: 40 } }],
    [
      "a reset after a delay",
      { delayMs: 40, reset: true },
      { fault: { delayMs: 40, reset: true } },
    ],
  ])("%s", (_, answer, expected) => {
    expect(stubFault(answer, operation)).toStrictEqual(expected);
  });
});
