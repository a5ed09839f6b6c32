/**
 * Bad input through the facade: for every operation, at least 500 generated requests that each
 * break exactly one constraint of the spec (checked against the spec's strict Ajv) resolve to
 * `invalid_input`, with an issue whose JSON Pointer names the broken value (or a container of
 * it), zero attempts, and nothing sent: the gateway's journal stays empty. The runs are shared
 * out over the operation's constraints, so every one of them is broken.
 */
import { clearJournal, gatewaySwitchboard, readJournal } from "@switchboard/test-support";
import { beforeEach, describe, expect, test } from "vitest";

import { forEachInvalidRequest } from "./support/invalid-request.js";
import { issueCovers } from "./support/issues.js";
import { operationsUnderTest } from "./support/operations.js";

const RUNS = 500;

beforeEach(() => clearJournal());

describe.each(operationsUnderTest.map((operation) => [operation.name, operation] as const))(
  "%s",
  (_, operation) => {
    test(`${RUNS}+ generated invalid requests, every constraint broken, are refused before sending`, async () => {
      const sb = gatewaySwitchboard();
      const sent = await forEachInvalidRequest(operation, RUNS, async (invalid) => {
        const result = await sb.update(operation.name, invalid.request as never);
        expect(result.ok, `the facade accepted ${invalid.broken}`).toBe(false);
        if (result.ok) return;
        expect(result.error).toMatchObject({ kind: "invalid_input", attempts: 0 });
        expect(
          result.error.issues.some((issue) => issueCovers(issue, invalid.pointer)),
          `${invalid.broken}: no issue at ${invalid.pointer}: ${JSON.stringify(result.error.issues)}`,
        ).toBe(true);
      });
      expect(sent).toBeGreaterThanOrEqual(RUNS);
      expect(await readJournal()).toEqual([]);
    });
  },
);
