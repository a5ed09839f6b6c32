// @ts-check
// Client-side cost of one update with the network taken away: every variant calls a stubbed
// fetch that answers at once with a new Response built from the documented success body (a
// prebuilt string). Variants: the facade (request validation on), the bare generated client,
// and a hand-written fetch call building the same request (auth header, encoded body).
import { createSwitchboard } from "@switchboard/sdk";
import { STUB_BASE_URL } from "./operations.js";
import { summarize } from "./stats.js";

/** @param {import("./operations.js").Operation} operation */
function stubFetch(operation) {
  const init = {
    status: operation.successStatus,
    headers: { "content-type": "application/json" },
  };
  const body = operation.successBody;
  /** @type {(input: unknown, init?: unknown) => Promise<Response>} */
  const fetch = () => Promise.resolve(new Response(body, init));
  return fetch;
}

/**
 * The three callers of one operation; each resolves once the answer's JSON is parsed and
 * throws when the call did not succeed (checked during warm-up).
 * @param {import("./operations.js").Operation} operation
 */
export function variants(operation) {
  const fetch = stubFetch(operation);
  const vendorOptions = { ...operation.vendor.options, baseUrl: STUB_BASE_URL, fetch };
  const switchboard = /** @type {any} */ (
    createSwitchboard(/** @type {any} */ ({ [operation.vendor.key]: vendorOptions }))
  );
  const client = /** @type {any} */ (
    operation.vendor.createClient(/** @type {any} */ (vendorOptions))
  );
  const url = `${STUB_BASE_URL}${operation.path}`;
  const { method, headers, body } = operation;
  const params = {
    ...(operation.input.path ? { path: operation.input.path } : {}),
    ...(operation.input.query ? { query: operation.input.query } : {}),
  };
  return {
    facade: async () => {
      const result = await switchboard.update(operation.name, operation.input);
      if (!result.ok) throw new Error(`facade: ${result.error.message}`);
    },
    bare: async () => {
      const { data, error } = await client.request(method.toLowerCase(), operation.specPath, {
        params,
        body: operation.input.body,
      });
      if (error !== undefined || data === undefined) throw new Error("bare client: no data");
    },
    hand: async () => {
      const response = await fetch(url, { method, headers, body });
      if (!response.ok) throw new Error(`hand-written: ${response.status}`);
      await response.json();
    },
  };
}

/** Operations per second of `call`, run back to back for about `batchMs`. */
export async function batch(call, batchMs) {
  let count = 0;
  const started = performance.now();
  let elapsed;
  do {
    for (let i = 0; i < 100; i += 1) await call();
    count += 100;
    elapsed = performance.now() - started;
  } while (elapsed < batchMs);
  return (count / elapsed) * 1000;
}

/**
 * @param {{ operations: import("./operations.js").Operation[], warmupMs: number, batchMs: number, batches: number }} settings
 */
export async function clientOverhead({ operations, warmupMs, batchMs, batches }) {
  const results = [];
  for (const operation of operations) {
    const callers = variants(operation);
    const keys = /** @type {(keyof typeof callers)[]} */ (Object.keys(callers));
    for (const key of keys) await batch(callers[key], warmupMs);
    /** @type {Record<string, number[]>} */
    const samples = Object.fromEntries(keys.map((key) => [key, []]));
    for (let run = 0; run < batches; run += 1) {
      for (let index = 0; index < keys.length; index += 1) {
        const key = keys[(index + run) % keys.length];
        samples[key].push(await batch(callers[key], batchMs));
      }
    }
    results.push({
      name: operation.name,
      mediaType: operation.mediaType,
      facade: summarize(samples.facade),
      bare: summarize(samples.bare),
      hand: summarize(samples.hand),
    });
  }
  return { warmupMs, batchMs, batches, operations: results };
}
