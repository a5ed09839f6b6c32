// @ts-check
// Child process of retained-heap.js: builds the MSW handlers' engine with the fast path on or
// off, sends every documented update `requests` times through its fetch, collects garbage
// and prints one JSON line with process.memoryUsage(). Usage:
// node --expose-gc retained-heap-child.js <on|off> <requests per operation>
import { createMockHandlers } from "@switchboard/mock/msw";
import { caller } from "./engine-cost.js";
import { documentedOperations } from "./operations.js";

const [mode, requestsText] = process.argv.slice(2, 4);
const requests = Number(requestsText);
if ((mode !== "on" && mode !== "off") || !Number.isSafeInteger(requests) || requests < 1) {
  throw new Error("usage: node --expose-gc retained-heap-child.js <on|off> <requests ≥ 1>");
}
const collect = /** @type {(() => void) | undefined} */ (globalThis.gc);
if (!collect) throw new Error("run with node --expose-gc");

const handlers = await createMockHandlers({ fastPath: mode === "on" });
for (const operation of documentedOperations()) {
  const call = caller(handlers.fetch, handlers.url, operation);
  for (let index = 0; index < requests; index += 1) await call();
}
collect();
collect();
const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
console.log(JSON.stringify({ rss, heapUsed, heapTotal, external }));
