// @ts-check
// Soak: one long bounded load on the gateway, every operation in the mix, with the gateway's
// resident memory read from /proc before, during (peak of 1 s samples) and after the load.
import { load } from "./load.js";
import { wireRequest } from "./operations.js";
import { startGateway, withResidentPeak } from "./servers.js";

/**
 * @param {{ operations: import("./operations.js").Operation[], connections: number, durationS: number, amount?: number }} settings
 */
export async function soak({ operations, connections, durationS, amount }) {
  const gateway = await startGateway();
  try {
    const pid = /** @type {number} */ (gateway.child.pid);
    const { result, rssBefore, rssPeak, rssAfter } = await withResidentPeak(
      pid,
      () =>
        load({
          port: gateway.port,
          requests: operations.map((operation) => wireRequest(operation)),
          connections,
          durationS,
          ...(amount === undefined ? {} : { amount }),
        }),
      1000,
    );
    return {
      connections,
      durationS,
      operations: operations.length,
      ...result,
      rssStart: rssBefore,
      rssPeak,
      rssEnd: rssAfter,
    };
  } finally {
    await gateway.stop();
  }
}
