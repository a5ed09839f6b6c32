/**
 * Valid input, generated from each operation's request schema: the spec's strict Ajv, the
 * facade's own validation and the gateway all accept every one (the facade answers ok:true,
 * which needs both its validation and the gateway's 2xx), and each reaches the intended
 * operation once.
 */
import fc from "fast-check";
import { clearJournal, gatewaySwitchboard, readJournal } from "@switchboard/test-support";
import { beforeEach, describe, expect, test } from "vitest";

import { operationsUnderTest, strictProblems } from "./support/operations.js";
import { validRequest } from "./support/valid-request.js";

const RUNS = 200;

beforeEach(() => clearJournal());

describe.each(operationsUnderTest.map((operation) => [operation.name, operation] as const))(
  "%s",
  (_, operation) => {
    test(`${RUNS} generated valid requests are accepted by the spec, the facade and the gateway`, async () => {
      const sb = gatewaySwitchboard({ retry: false });
      await fc.assert(
        fc.asyncProperty(validRequest(operation), async (request) => {
          expect(
            strictProblems(operation, request),
            "the generator made an invalid request",
          ).toEqual([]);
          const result = await sb.update(operation.name, request as never);
          expect(result.ok ? result : { ok: false, error: { ...result.error } }).toMatchObject({
            ok: true,
            attempts: 1,
          });
        }),
        { numRuns: RUNS },
      );
      const journal = await readJournal();
      expect(journal).toHaveLength(RUNS);
      for (const entry of journal) {
        expect(entry).toMatchObject({
          vendor: operation.spec.vendor,
          operationId: operation.spec.operationId,
        });
        expect(entry.status).toBeGreaterThanOrEqual(200);
        expect(entry.status).toBeLessThan(300);
      }
    });
  },
);
