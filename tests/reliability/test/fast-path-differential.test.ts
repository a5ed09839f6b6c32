/**
 * The fast path against Prism: two engines over the bundled specs, one with the fast path (the
 * default) and one without (`fastPath: false`, every request through Prism), are sent the same
 * generated requests per operation: valid ones, ones breaking each constraint once, valid ones
 * with a `Prefer` or a fault. Every answer must be the same: status, every header but the
 * request id, and the body byte for byte. And the fast path must really answer: most plain
 * valid requests go through it, by the engine's own count.
 *
 * FAST_PATH_RUNS sets the valid (and invalid) requests per operation (default 200);
 * FAST_PATH_REPORT names a file to write a JSON summary to (the benchmark reads it);
 * FAST_PATH_SEED replays a run.
 */
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { REQUEST_ID_HEADER } from "@switchboard/mock";
import { createMockHandlers, type MockHandlers } from "@switchboard/mock/msw";
import { operationInit, operationUrl } from "@switchboard/test-support";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { faultCases } from "./support/fault-cases.js";
import { invalidRequestsPerConstraint } from "./support/invalid-request.js";
import {
  operationsUnderTest,
  type FacadeRequest,
  type OperationUnderTest,
} from "./support/operations.js";
import { validRequest } from "./support/valid-request.js";

const RUNS = Number(process.env.FAST_PATH_RUNS ?? 200);
const SEED = Number(process.env.FAST_PATH_SEED ?? Date.now() % 2 ** 31);
const REPORT = process.env.FAST_PATH_REPORT;
/** The share of plain valid requests the fast path must answer itself (each operation's first seeds it). */
const MIN_FAST_SHARE = 0.9;
const MAX_EXAMPLES = 20;

// Preferences Prism honours or refuses; the fast path must leave each to Prism.
const PREFERENCES = ["code=200", "code=400", "code=404", "dynamic=false", "example=none"];
// The fault matrix's status faults, and a short delay (a fault with no status).
const FAULTS = [
  ...new Set(
    faultCases.flatMap(({ fault }) =>
      ("every" in fault ? [fault.every] : fault.plan).filter((text) => text.startsWith("status=")),
    ),
  ),
  "delay=1",
];

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Difference {
  operation: string;
  kind: string;
  request: { path: string; init: ReturnType<typeof operationInit> };
  fastPath: Answer;
  prism: Answer;
}

interface OperationSummary {
  operation: string;
  requests: number;
  answeredByFastPath: number;
  differences: number;
}

const ORIGINS = { fast: "http://fast-path.test", prism: "http://prism.test" } as const;
let engines: { fast: MockHandlers; prism: MockHandlers };
const summaries: OperationSummary[] = [];
const examples: Difference[] = [];

beforeAll(async () => {
  const [fast, prism] = await Promise.all([
    createMockHandlers({ origin: ORIGINS.fast }),
    createMockHandlers({ origin: ORIGINS.prism, fastPath: false }),
  ]);
  engines = { fast, prism };
});

afterAll(() => {
  if (REPORT) {
    const report = { seed: SEED, runs: RUNS, operations: summaries, differences: examples };
    writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
  }
});

function asText(values: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, String(value)]),
  );
}

/** The request as the wire carries it (as `sendRaw` sends it), below the engine's origin. */
function wireRequest(
  operation: OperationUnderTest,
  request: FacadeRequest,
  headers: Record<string, string>,
) {
  const { media } = operation;
  const path = operationUrl("", operation.spec, asText(request.path), asText(request.query));
  const init = operationInit(operation.spec, {
    headers,
    ...(media && request.body !== undefined ? { body: { media, value: request.body } } : {}),
  });
  return { path: `/${operation.spec.vendor}${path}`, init };
}

async function answerOf(engine: MockHandlers, url: string, init: RequestInit): Promise<Answer> {
  const response = await engine.fetch(url, init);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    // A new id per request, by design: the only header two equal answers may differ in.
    if (name !== REQUEST_ID_HEADER) headers[name] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

/** The requests each operation is sent: every kind, `RUNS` valid and invalid ones. */
function requestsFor(operation: OperationUnderTest) {
  const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, offset: number) =>
    fc.sample(arbitrary, { numRuns, seed: SEED + offset });
  const valid = sample(validRequest(operation), RUNS, 0);
  const invalid = invalidRequestsPerConstraint(operation, RUNS).flatMap((constraint, index) =>
    sample(constraint.requests, constraint.runs, index + 1).map(({ request, broken }) => ({
      request,
      kind: `invalid: ${broken}`,
    })),
  );
  // A tenth of the valid requests again, each with a preference or a fault.
  const some = valid.slice(0, Math.max(1, Math.ceil(RUNS / 10)));
  return [
    ...valid.map((request) => ({ request, kind: "valid", headers: {} })),
    ...invalid.map((item) => ({ ...item, headers: {} })),
    ...PREFERENCES.flatMap((prefer) =>
      some.map((request) => ({ request, kind: `Prefer: ${prefer}`, headers: { prefer } })),
    ),
    ...FAULTS.flatMap((fault) =>
      some.map((request) => ({
        request,
        kind: `fault: ${fault}`,
        headers: { "x-mock-fault": fault },
      })),
    ),
  ];
}

describe.each(operationsUnderTest.map((operation) => [operation.name, operation] as const))(
  "%s",
  (_, operation) => {
    // Large FAST_PATH_RUNS (the benchmark's) take longer than the suite's usual limit.
    const timeout = 60_000 + RUNS * 100;
    test(
      "the fast path answers exactly as Prism does, and answers most valid requests",
      { timeout },
      async () => {
        const name = `${operation.spec.vendor}.${operation.spec.operationId}`;
        const before = engines.fast.fastPathStats().byOperation[name] ?? 0;
        let requests = 0;
        let differences = 0;
        const kinds: string[] = [];
        for (const { request, kind, headers } of requestsFor(operation)) {
          let wire: ReturnType<typeof wireRequest>;
          try {
            wire = wireRequest(operation, request, headers);
          } catch {
            // A broken request the wire cannot carry (a path parameter left out): nothing to send.
            continue;
          }
          requests += 1;
          const [fast, prism] = await Promise.all([
            answerOf(engines.fast, `${ORIGINS.fast}${wire.path}`, wire.init),
            answerOf(engines.prism, `${ORIGINS.prism}${wire.path}`, wire.init),
          ]);
          if (JSON.stringify(fast) === JSON.stringify(prism)) continue;
          differences += 1;
          kinds.push(kind);
          if (examples.length < MAX_EXAMPLES) {
            examples.push({ operation: name, kind, request: wire, fastPath: fast, prism });
          }
        }
        const answeredByFastPath = (engines.fast.fastPathStats().byOperation[name] ?? 0) - before;
        summaries.push({ operation: name, requests, answeredByFastPath, differences });

        expect(kinds, `requests answered differently (FAST_PATH_SEED=${SEED})`).toEqual([]);
        expect(answeredByFastPath).toBeGreaterThanOrEqual(Math.floor(RUNS * MIN_FAST_SHARE));
        // Only plain valid requests are the fast path's: it answered none of the others.
        expect(answeredByFastPath).toBeLessThanOrEqual(RUNS);
      },
    );
  },
);
