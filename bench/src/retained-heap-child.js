// @ts-check
// Child process of retained-heap.js: builds the MSW handlers' engine with the fast path on or
// off, sends every documented update `requests` times through its fetch, collects garbage
// and prints one JSON line with process.memoryUsage(). Usage:
// node --expose-gc retained-heap-child.js <on|off> <requests per operation>
import { createMockHandlers } from "@switchboard/mock/msw";
import { documentedOperations, wireRequest } from "./operations.js";

const [mode, requestsText] = process.argv.slice(2, 4);
const requests = Number(requestsText);
if ((mode !== "on" && mode !== "off") || !Number.isSafeInteger(requests) || requests < 1) {
  throw new Error("usage: node --expose-gc retained-heap-child.js <on|off> <requests ≥ 1>");
}
const collect = /** @type {(() => void) | undefined} */ (globalThis.gc);
if (!collect) throw new Error("run with node --expose-gc");

const handlers = await createMockHandlers({ fastPath: mode === "on" });
for (const operation of documentedOperations()) {
  const { method, path, headers, body } = wireRequest(operation);
  const init = { method, headers, ...(body === undefined ? {} : { body }) };
  for (let index = 0; index < requests; index += 1) {
    const response = await handlers.fetch(`${handlers.url}${path}`, init);
    await response.text();
    if (response.status >= 300) throw new Error(`${operation.name} answered ${response.status}`);
  }
}
collect();
collect();
const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
console.log(JSON.stringify({ rss, heapUsed, heapTotal, external }));
