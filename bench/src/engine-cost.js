// @ts-check
// The engine's cost per request with the fast path on and off, with no socket and no load
// generator: two engines built with `createMockHandlers({ fastPath })`, each called through its
// `fetch` (a Request in, a Response out: the front door and the engine, the code MSW runs),
// one request at a time, in interleaved batches. A third caller does only that wrapping (build
// the Request, read its body, build and read a Response) so the engine's own share can be seen.
import { createMockHandlers } from "@switchboard/mock/msw";
import { batch } from "./client-overhead.js";
import { wireRequest } from "./operations.js";
import { summarize } from "./stats.js";

/**
 * A caller of one operation through `fetch` at `origin`; throws on a non-2xx answer.
 * @param {(input: string, init: RequestInit) => Promise<Response>} fetch
 * @param {string} origin
 * @param {import("./operations.js").Operation} operation
 */
export function caller(fetch, origin, operation) {
  const { method, path, headers, body } = wireRequest(operation);
  const url = `${origin}${path}`;
  const init = { method, headers, ...(body === undefined ? {} : { body }) };
  return async () => {
    const response = await fetch(url, init);
    const text = await response.text();
    if (response.status < 200 || response.status >= 300) {
      throw new Error(`${operation.name} answered ${response.status}: ${text.slice(0, 500)}`);
    }
  };
}

/** The Request and Response wrapping alone, answering the documented success example. */
function wrappingOnly(operation) {
  const answer = {
    status: operation.successStatus,
    headers: { "content-type": "application/json" },
  };
  return async (/** @type {string} */ url, /** @type {RequestInit} */ init) => {
    await new Request(url, init).text();
    return new Response(operation.successBody, answer);
  };
}

/**
 * @param {{ operations: import("./operations.js").Operation[], warmupMs: number, batchMs: number, batches: number }} settings
 */
export async function engineCost({ operations, warmupMs, batchMs, batches }) {
  const [on, off] = await Promise.all([
    createMockHandlers({ fastPath: true }),
    createMockHandlers({ fastPath: false }),
  ]);
  const results = [];
  for (const operation of operations) {
    const callers = {
      on: caller(on.fetch, on.url, operation),
      off: caller(off.fetch, off.url, operation),
      wrapping: caller(wrappingOnly(operation), on.url, operation),
    };
    const keys = /** @type {(keyof typeof callers)[]} */ (Object.keys(callers));
    // One call each first: a refused request fails here, before anything is timed.
    for (const key of keys) await callers[key]();
    if (warmupMs > 0) for (const key of keys) await batch(callers[key], warmupMs);
    /** @type {Record<string, number[]>} */
    const samples = Object.fromEntries(keys.map((key) => [key, []]));
    for (let run = 0; run < batches; run += 1) {
      for (let index = 0; index < keys.length; index += 1) {
        const key = keys[(index + run) % keys.length];
        samples[key].push(1e6 / (await batch(callers[key], batchMs)));
      }
    }
    results.push({
      name: operation.name,
      method: operation.method,
      path: operation.specPath,
      microseconds: Object.fromEntries(keys.map((key) => [key, summarize(samples[key])])),
    });
  }
  return { warmupMs, batchMs, batches, operations: results };
}
