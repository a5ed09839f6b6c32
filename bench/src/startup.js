// @ts-check
// Startup: process spawn to the first 2xx answer. The gateway must answer 200 on /__health with
// every spec loaded, once with its fast path (compiled at start-up) and once with
// `--no-fast-path`; Prism's CLI (one spec, for comparison) must answer a valid request of its
// spec with 2xx. Runs alternate between the three.
import { wireRequest } from "./operations.js";
import { NO_FAST_PATH, startGateway, startPrism } from "./servers.js";
import { summarize } from "./stats.js";
import { readManifest } from "./vendors.js";

/**
 * @param {{ runs: number, prismOperation: import("./operations.js").Operation }} settings
 */
export async function startup({ runs, prismOperation }) {
  /** @type {number[]} */
  const gateway = [];
  /** @type {number[]} */
  const gatewayOff = [];
  /** @type {number[]} */
  const prism = [];
  for (let run = 0; run < runs; run += 1) {
    const g = await startGateway();
    gateway.push(g.startupMs);
    await g.stop();
    const off = await startGateway({ flags: [NO_FAST_PATH] });
    gatewayOff.push(off.startupMs);
    await off.stop();
    const p = await startPrism(prismOperation.specFile, wireRequest(prismOperation, ""));
    prism.push(p.startupMs);
    await p.stop();
  }
  return {
    runs,
    prismSpec: prismOperation.vendor.name,
    gatewaySpecs: readManifest().vendors.length,
    gateway: summarize(gateway),
    gatewayOff: summarize(gatewayOff),
    prism: summarize(prism),
  };
}
