/**
 * The fault matrix, for every operation through the facade against the gateway's fault
 * injection: 429 with and without `Retry-After`, 500, 503, a connection reset and a delay past
 * the timeout, on every attempt and on the first attempts only. Each ends in the right result
 * kind after the right number of attempts (counted in the gateway's journal, where a capped
 * `Retry-After` also shows as the wait between attempts), leaves no facade timer running and no
 * unhandled rejection, and shows no credential in `JSON.stringify` or `util.inspect` of the result.
 */
import { createSwitchboard } from "@switchboard/sdk";
import {
  clearJournal,
  faultPlanFetch,
  gatewayOptions,
  readJournal,
  trackFacadeTimers,
} from "@switchboard/test-support";
import { describe, expect, test, vi } from "vitest";

import { faultCases, RETRY, TIMEOUT_MS, type FaultCase } from "./support/fault-cases.js";
import { leakedSecrets, settle, trackUnhandledRejections } from "./support/leaks.js";
import { operationsUnderTest, type OperationUnderTest } from "./support/operations.js";

const timers = trackFacadeTimers();
const unhandled = trackUnhandledRejections();

/** `fetch`, minus the answer's `Retry-After` header. */
function withoutRetryAfter(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    const headers = new Headers(response.headers);
    headers.delete("retry-after");
    const { status, statusText } = response;
    return new Response(response.body, { status, statusText, headers });
  };
}

function facadeFor(operation: OperationUnderTest, fault: FaultCase) {
  const options = gatewayOptions();
  const vendor = operation.documented.vendor;
  const planned = "plan" in fault.fault ? faultPlanFetch(fault.fault.plan) : fetch;
  return createSwitchboard({
    ...options,
    [vendor]: {
      ...options[vendor],
      fetch: fault.dropRetryAfter ? withoutRetryAfter(planned) : planned,
    },
    retry: RETRY,
    timeoutMs: fault.timeoutMs ?? TIMEOUT_MS.otherwise,
  });
}

describe.each(operationsUnderTest.map((operation) => [operation.name, operation] as const))(
  "%s",
  (_, operation) => {
    test.each(faultCases.map((fault) => [fault.name, fault] as const))("%s", async (__, fault) => {
      await clearJournal();
      const sb = facadeFor(operation, fault);
      const call = "every" in fault.fault ? { headers: { "x-mock-fault": fault.fault.every } } : {};
      const result = await sb.update(operation.name, operation.documented.input as never, call);
      await settle();
      // What the gateway saw, for the message when the outcome is not the planned one.
      const journalSummary = (await readJournal()).map(({ status, time, headers }) => ({
        status,
        time,
        fault: headers["x-mock-fault"],
      }));
      const seen = () => `the journal: ${JSON.stringify(journalSummary)}`;

      if (fault.outcome.ok) {
        expect(result.ok ? result : result.error, seen()).toMatchObject({
          ok: true,
          attempts: fault.attempts,
        });
      } else {
        expect(result.ok).toBe(false);
        expect(!result.ok && result.error).toMatchObject({
          kind: fault.outcome.kind,
          status: fault.outcome.status,
          attempts: fault.attempts,
          ...(fault.retryAfterMs === undefined ? {} : { retryAfterMs: fault.retryAfterMs }),
        });
      }

      // An attempt the facade gave up on may still be on its way into the journal.
      const journal = await vi.waitFor(async () => {
        const entries = await readJournal();
        expect(entries).toHaveLength(fault.journaled.length);
        return entries;
      }, 5_000);
      expect(journal.map((entry) => entry.operationId)).toEqual(
        fault.journaled.map(() => operation.spec.operationId),
      );
      expect(
        journal.map((entry, index) =>
          fault.journaled[index] === "2xx" &&
          entry.status !== null &&
          entry.status >= 200 &&
          entry.status < 300
            ? "2xx"
            : entry.status,
        ),
      ).toEqual(fault.journaled);
      if (fault.minGapMs !== undefined) {
        // The journal's receipt times: each retry waited out the capped Retry-After.
        const received = journal.map((entry) => Date.parse(entry.time));
        received.reduce((previous, time) => {
          expect(time - previous).toBeGreaterThanOrEqual(fault.minGapMs! - 2);
          return time;
        });
      }

      expect(timers.started()).toBeGreaterThan(0);
      expect(timers.pending()).toBe(0);
      expect(unhandled.reasons).toEqual([]);
      expect(leakedSecrets(result)).toEqual([]);
    });
  },
);
