/**
 * Path injection: ids with `/`, `..`, `%2F`, `?`, `#`, unicode and 10 kB strings (fixed examples,
 * then generated mixes of hostile fragments) never reach a different path.
 *
 * Through the facade, every such id the spec refuses (pattern, format, length, type) resolves to
 * `invalid_input` at `/path/<name>` with nothing sent; one the spec accepted would have to reach
 * the intended operation. Through the generated client (which sends without validating, with the
 * same path serializer as the facade), each id is either refused before sending or reaches the
 * gateway as one encoded segment of the intended operation's path, answered with a 4xx.
 */
import fc from "fast-check";
import { pathParamProblem } from "@switchboard/client-runtime";
import {
  clearJournal,
  clientFor,
  deref,
  gatewaySwitchboard,
  readJournal,
  validatorAt,
  vendorUrl,
  type Parameter,
} from "@switchboard/test-support";
import { describe, expect, test } from "vitest";

import { hostileId, NAMED_HOSTILE_IDS, NUMBER_LOOKALIKE_IDS } from "./support/hostile-ids.js";
import { issueCovers } from "./support/issues.js";
import { operationsUnderTest, type OperationUnderTest } from "./support/operations.js";

const RUNS = 100;

/** The path the gateway journals for these path values: each one encoded as one segment. */
function encodedPath(operation: OperationUnderTest, values: Record<string, unknown>): string {
  return operation.spec.path.replace(/\{([^{}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(values[name])),
  );
}

function integerTyped(operation: OperationUnderTest, parameter: Parameter): boolean {
  const schema = deref(operation.spec.vendor, { $ref: `#${parameter.schemaPointer}` });
  return [schema.type].flat().includes("integer");
}

const cases = operationsUnderTest.flatMap((operation) =>
  operation.parameters
    .filter((parameter) => parameter.in === "path")
    .map((parameter) => [`${operation.name} {${parameter.name}}`, operation, parameter] as const),
);

describe.each(cases)("%s", (_, operation, parameter) => {
  const documented = operation.documented.input;
  const validId = String(documented.path?.[parameter.name]);
  const specAccepts = validatorAt(operation.spec.vendor, parameter.schemaPointer);
  const pointer = `/path/${parameter.name}`;
  const ids = hostileId(validId);
  const options = { numRuns: RUNS, examples: NAMED_HOSTILE_IDS.map((id) => [id] as [string]) };

  test(`through the facade: refused where the spec refuses, else sent to the intended path`, async () => {
    await clearJournal();
    const sb = gatewaySwitchboard({ retry: false });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(ids, async (id) => {
        const path = { ...documented.path, [parameter.name]: id };
        const result = await sb.update(operation.name, { ...documented, path } as never);
        if (specAccepts(id) && pathParamProblem(id) === undefined) {
          accepted += 1;
          expect(result.ok || result.error.kind).not.toBe("invalid_input");
          const entry = (await readJournal()).at(-1);
          expect(entry).toMatchObject({
            operationId: operation.spec.operationId,
            path: encodedPath(operation, path),
          });
          return;
        }
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error).toMatchObject({ kind: "invalid_input", attempts: 0 });
        expect(result.error.issues.some((issue) => issueCovers(issue, pointer))).toBe(true);
      }),
      options,
    );
    expect(await readJournal()).toHaveLength(accepted);
  });

  test(`through the generated client: refused before sending, or one encoded segment of the intended path`, async () => {
    const client = clientFor(operation.spec.vendor, vendorUrl(operation.spec.vendor));
    await fc.assert(
      fc.asyncProperty(ids, async (id) => {
        await clearJournal();
        const path = { ...documented.path, [parameter.name]: id };
        const sent = await client
          .request(operation.spec.method, operation.spec.path, {
            params: { path, query: documented.query },
            body: documented.body,
          })
          .then(
            ({ response }) => response.status,
            (error: unknown) => error as Error,
          );
        const journal = await readJournal();
        if (sent instanceof Error) {
          // Refused by the client's path serializer: nothing may have left.
          expect(pathParamProblem(id), sent.message).toBeDefined();
          expect(journal).toEqual([]);
          return;
        }
        expect(sent).toBeGreaterThanOrEqual(400);
        expect(sent).toBeLessThan(500);
        // The server may refuse before routing (a request line over its header limit): no entry.
        expect(journal.length).toBeLessThanOrEqual(1);
        for (const entry of journal) {
          expect(entry).toMatchObject({
            operationId: operation.spec.operationId,
            path: encodedPath(operation, path),
            status: sent,
          });
        }
      }),
      options,
    );
  });

  if (integerTyped(operation, parameter)) {
    // Prism alone reads these the way JavaScript's Number() does and accepted them.
    test(`integer look-alikes (" 42", "0x10", "1e3", "4.0", a tab) are refused with a 4xx`, async () => {
      const client = clientFor(operation.spec.vendor, vendorUrl(operation.spec.vendor));
      const answered: Record<string, number> = {};
      for (const id of NUMBER_LOOKALIKE_IDS) {
        const { response } = await client.request(operation.spec.method, operation.spec.path, {
          params: { path: { ...documented.path, [parameter.name]: id }, query: documented.query },
          body: documented.body,
        });
        answered[id] = response.status;
      }
      for (const [id, status] of Object.entries(answered)) {
        expect(status, JSON.stringify(id)).toBeGreaterThanOrEqual(400);
        expect(status, JSON.stringify(id)).toBeLessThan(500);
      }
    });
  }
});
