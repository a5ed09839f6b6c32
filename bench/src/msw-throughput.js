// @ts-check
// The MSW transport against the gateway over loopback: one engine per transport, built with the
// same (default) options, answering each operation's documented update; once as MSW request
// handlers in this process (no socket) and once as an in-process gateway on 127.0.0.1. Both are
// driven by the same fetch loop, one request at a time and `concurrency` in flight, in
// interleaved runs, so what differs is the transport. autocannon is not used: it writes to
// sockets itself, so it can never go through MSW.
import { startMockGateway } from "@switchboard/mock";
import { createMockHandlers } from "@switchboard/mock/msw";
import { setupServer } from "msw/node";
import { wireRequest } from "./operations.js";
import { summarize } from "./stats.js";

/**
 * Requests per second of `send`, with `inFlight` workers each sending its next request once its
 * last answer is read; for about `runMs`, or exactly `amount` requests when given (the smoke run).
 * @param {() => Promise<void>} send
 * @param {{ inFlight: number, runMs: number, amount?: number }} bounds
 */
async function fetchLoad(send, { inFlight, runMs, amount }) {
  let sent = 0;
  const started = performance.now();
  const more =
    amount === undefined ? () => performance.now() - started < runMs : () => sent < amount;
  const worker = async () => {
    while (more()) {
      sent += 1;
      await send();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { rps: (sent / (performance.now() - started)) * 1000, requests: sent };
}

/**
 * One operation's request at `origin`: the global fetch (looked up per call, so MSW's patch is
 * used while it listens and only then), the answer's body read; throws on a non-2xx answer.
 * @param {string} origin
 * @param {import("./operations.js").Operation} operation
 */
function sender(origin, operation) {
  const { method, path, headers, body } = wireRequest(operation);
  const url = `${origin}${path}`;
  const init = { method, headers, ...(body === undefined ? {} : { body }) };
  return async () => {
    const response = await globalThis.fetch(url, init);
    const text = await response.text();
    if (response.status < 200 || response.status >= 300) {
      throw new Error(`${url} answered ${operation.name} with ${response.status}: ${text}`);
    }
  };
}

/**
 * @param {{ operations: import("./operations.js").Operation[], concurrency: number, runMs: number, runs: number, warmupMs: number, amount?: number }} settings
 */
export async function mswThroughput({ operations, concurrency, runMs, runs, warmupMs, amount }) {
  const mock = await createMockHandlers();
  const server = setupServer(...mock.handlers);
  const gateway = await startMockGateway({ port: 0 });
  try {
    // MSW patches the global fetch only while it listens, so the gateway's runs go straight
    // to the socket; a request MSW does not answer fails rather than leaving the process.
    const transports = [
      {
        key: "msw",
        label: "MSW handlers (in process)",
        origin: mock.url,
        enter: () => server.listen({ onUnhandledRequest: "error" }),
        leave: () => server.close(),
      },
      {
        key: "gateway",
        label: "gateway over loopback",
        origin: gateway.url,
        enter: () => {},
        leave: () => {},
      },
    ];
    const modes = [
      { key: "sequential", inFlight: 1 },
      { key: "concurrent", inFlight: concurrency },
    ];
    /**
     * `work` with the transport in place (MSW listening, for MSW only).
     * @template T @param {(typeof transports)[number]} transport @param {() => Promise<T>} work
     */
    const through = async (transport, work) => {
      transport.enter();
      try {
        return await work();
      } finally {
        transport.leave();
      }
    };
    /** @param {(typeof transports)[number]} transport @param {number} inFlight @param {number} ms */
    const loadOf = (transport, operation, inFlight, ms) =>
      through(transport, () =>
        fetchLoad(sender(transport.origin, operation), {
          inFlight,
          runMs: ms,
          ...(amount === undefined ? {} : { amount }),
        }),
      );

    for (const operation of operations) {
      for (const transport of transports) {
        // One request first: a refused request fails here, before anything is timed.
        await through(transport, sender(transport.origin, operation));
        if (warmupMs > 0) {
          for (const mode of modes) await loadOf(transport, operation, mode.inFlight, warmupMs);
        }
      }
    }

    /** @type {Map<string, Record<string, Record<string, { rps: number, requests: number }[]>>>} */
    const samples = new Map(
      operations.map((operation) => [
        operation.name,
        Object.fromEntries(
          modes.map((mode) => [
            mode.key,
            Object.fromEntries(transports.map((transport) => [transport.key, []])),
          ]),
        ),
      ]),
    );
    for (let run = 0; run < runs; run += 1) {
      for (const operation of operations) {
        for (const mode of modes) {
          const order = transports.map((_, index) => transports[(index + run) % transports.length]);
          for (const transport of order) {
            const result = await loadOf(transport, operation, mode.inFlight, runMs);
            samples.get(operation.name)?.[mode.key][transport.key].push(result);
          }
        }
      }
    }

    return {
      concurrency,
      runMs,
      runs,
      warmupMs,
      amount,
      transports: transports.map(({ key, label }) => ({ key, label })),
      modes,
      operations: operations.map((operation) => {
        const byMode = samples.get(operation.name) ?? {};
        return {
          name: operation.name,
          method: operation.method,
          path: operation.specPath,
          modes: Object.fromEntries(
            Object.entries(byMode).map(([mode, byTransport]) => [
              mode,
              Object.fromEntries(
                Object.entries(byTransport).map(([transport, results]) => [
                  transport,
                  {
                    rps: summarize(results.map((result) => result.rps)),
                    requests: results.reduce((sum, result) => sum + result.requests, 0),
                  },
                ]),
              ),
            ]),
          ),
        };
      }),
    };
  } finally {
    await gateway.close();
  }
}
