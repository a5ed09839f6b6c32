// @ts-check
// Soak: one long bounded load on the gateway, every operation in the mix, with the gateway's
// resident memory read from /proc before, during (peak of 1 s samples) and after the load.
import { load } from "./load.js";
import { wireRequest } from "./operations.js";
import { residentBytes, startGateway } from "./servers.js";

/**
 * @param {{ operations: import("./operations.js").Operation[], connections: number, durationS: number, amount?: number }} settings
 */
export async function soak({ operations, connections, durationS, amount }) {
  const gateway = await startGateway();
  try {
    const pid = /** @type {number} */ (gateway.child.pid);
    const rssStart = await residentBytes(pid);
    let rssPeak = rssStart;
    const sampler = setInterval(() => {
      residentBytes(pid).then(
        (bytes) => {
          rssPeak = Math.max(rssPeak, bytes);
        },
        () => undefined,
      );
    }, 1000);
    let result;
    try {
      result = await load({
        port: gateway.port,
        requests: operations.map((operation) => wireRequest(operation)),
        connections,
        durationS,
        ...(amount === undefined ? {} : { amount }),
      });
    } finally {
      clearInterval(sampler);
    }
    const rssEnd = await residentBytes(pid);
    rssPeak = Math.max(rssPeak, rssEnd);
    return {
      connections,
      durationS,
      operations: operations.length,
      ...result,
      rssStart,
      rssPeak,
      rssEnd,
    };
  } finally {
    await gateway.stop();
  }
}
