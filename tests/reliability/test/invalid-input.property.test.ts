/**
 * Bad input through the facade: for every operation, at least 500 generated requests that each
 * break exactly one constraint of the spec (checked against the spec's strict Ajv) resolve to
 * `invalid_input`, with an issue whose JSON Pointer names the broken value (or a container of
 * it), zero attempts, and nothing sent: the gateway's journal stays empty. The runs are shared
 * out over the operation's constraints, so every one of them is broken.
 */
import fc from "fast-check";
import { beforeEach, describe, expect, test } from "vitest";

import { gatewaySwitchboard } from "@switchboard/contract-tests/support/facade";
import { clearJournal, readJournal } from "@switchboard/contract-tests/support/journal";

import { invalidRequestsPerConstraint } from "../support/invalid-request.js";
import { issueCovers } from "../support/issues.js";
import { operationsUnderTest } from "../support/operations.js";

const RUNS = 500;

beforeEach(() => clearJournal());

describe.each(operationsUnderTest.map((operation) => [operation.name, operation] as const))(
  "%s",
  (_, operation) => {
    test(`${RUNS}+ generated invalid requests, every constraint broken, are refused before sending`, async () => {
      const sb = gatewaySwitchboard();
      let sent = 0;
      for (const constraint of invalidRequestsPerConstraint(operation, RUNS)) {
        await fc.assert(
          fc.asyncProperty(constraint.requests, async (invalid) => {
            sent += 1;
            expect(invalid.oracleProblem, `strict Ajv on ${invalid.broken}`).toBeUndefined();
            const result = await sb.update(operation.name, invalid.request as never);
            expect(result.ok, `the facade accepted ${invalid.broken}`).toBe(false);
            if (result.ok) return;
            expect(result.error).toMatchObject({ kind: "invalid_input", attempts: 0 });
            expect(
              result.error.issues.some((issue) => issueCovers(issue, invalid.pointer)),
              `${invalid.broken}: no issue at ${invalid.pointer}: ${JSON.stringify(result.error.issues)}`,
            ).toBe(true);
          }),
          { numRuns: constraint.runs },
        );
      }
      expect(sent).toBeGreaterThanOrEqual(RUNS);
      expect(await readJournal()).toEqual([]);
    });
  },
);
