// @ts-check
// Memory the engine keeps after the same work, fast path on and off: each run is a fresh child
// (retained-heap-child.js), so nothing else in the harness counts; the runs alternate.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { summarize } from "./stats.js";

const run = promisify(execFile);
const child = fileURLToPath(new URL("./retained-heap-child.js", import.meta.url));

/** @param {"on" | "off"} mode @param {number} requests */
async function measure(mode, requests) {
  const { stdout } = await run(process.execPath, ["--expose-gc", child, mode, String(requests)], {
    maxBuffer: 1024 * 1024,
  });
  return /** @type {{ rss: number, heapUsed: number, heapTotal: number, external: number }} */ (
    JSON.parse(stdout.trim().split("\n").at(-1) ?? "")
  );
}

/** @param {{ runs: number, requests: number }} settings */
export async function retainedHeap({ runs, requests }) {
  /** @type {Record<"on" | "off", { rss: number, heapUsed: number }[]>} */
  const samples = { on: [], off: [] };
  for (let index = 0; index < runs; index += 1) {
    for (const mode of /** @type {const} */ (index % 2 === 0 ? ["on", "off"] : ["off", "on"])) {
      samples[mode].push(await measure(mode, requests));
    }
  }
  const summary = (/** @type {"on" | "off"} */ mode) => ({
    heapUsed: summarize(samples[mode].map((sample) => sample.heapUsed)),
    rss: summarize(samples[mode].map((sample) => sample.rss)),
  });
  return { runs, requests, on: summary("on"), off: summary("off") };
}
