/**
 * Bad input sent raw to the gateway (no facade, so nothing is validated on the way): for every
 * operation, at least 200 generated requests that each break exactly one constraint of the spec
 * (every constraint in turn) are answered with a 4xx, never a 2xx and never a 5xx, and the
 * gateway is still healthy after (its health check answers and the operation's documented
 * request still succeeds).
 */
import { gateway } from "@switchboard/test-support";
import { describe, expect, test } from "vitest";

import { forEachInvalidRequest } from "./support/invalid-request.js";
import { operationsUnderTest } from "./support/operations.js";
import { sendRaw } from "./support/wire.js";

const RUNS = 200;

describe.each(operationsUnderTest.map((operation) => [operation.name, operation] as const))(
  "%s",
  (_, operation) => {
    test(`${RUNS} generated invalid requests sent raw are answered 4xx; the gateway stays up`, async () => {
      const sent = await forEachInvalidRequest(operation, RUNS, async (invalid) => {
        const answer = await sendRaw(operation, invalid.request);
        const why = `${invalid.broken} answered ${answer.status}: ${answer.text.slice(0, 300)}`;
        expect(answer.status, why).toBeGreaterThanOrEqual(400);
        expect(answer.status, why).toBeLessThan(500);
      });
      expect(sent).toBeGreaterThanOrEqual(RUNS);

      const health = await fetch(`${gateway().url}/__health`);
      expect(health.status).toBe(200);
      const documented = await sendRaw(operation, operation.documented.input);
      expect(documented.status, documented.text).toBeGreaterThanOrEqual(200);
      expect(documented.status, documented.text).toBeLessThan(300);
    });
  },
);
