// @ts-check
// Mock throughput and latency per operation: the Switchboard gateway (every spec) against
// Prism's own CLI serving that operation's spec alone, and against a bare node:http server
// replaying the gateway's recorded answers byte for byte. Runs are interleaved (the server
// order rotates each round) so drift in the machine hits every server alike.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "./load.js";
import { wireRequest } from "./operations.js";
import { httpRequest, startGateway, startPrism, startServer } from "./servers.js";
import { summarize } from "./stats.js";

const replayScript = fileURLToPath(new URL("./replay-server.js", import.meta.url));
/** Response headers that belong to one connection or instant, not to the recorded answer. */
const HOP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

/** Asserts a server answers an operation's request with 2xx, before any load is measured. */
async function assertAnswers(serverName, port, request, operationName) {
  const answer = await httpRequest({ port, ...request });
  if (answer.status < 200 || answer.status >= 300) {
    throw new Error(
      `${serverName} answered ${operationName} with ${answer.status}: ${answer.body.toString("utf8").slice(0, 500)}`,
    );
  }
  return answer;
}

/**
 * @param {{ operations: import("./operations.js").Operation[], connections: number, durationS: number, runs: number, warmupS: number, amount?: number }} settings
 */
export async function mockThroughput({
  operations,
  connections,
  durationS,
  runs,
  warmupS,
  amount,
}) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "switchboard-bench-replay-"));
  /** @type {import("./servers.js").Server[]} */
  const started = [];
  try {
    const gateway = await startGateway();
    started.push(gateway);
    /** @type {Record<string, { status: number, headers: Record<string, string | string[]>, body: string }>} */
    const recorded = {};
    for (const operation of operations) {
      const request = wireRequest(operation);
      const answer = await assertAnswers("the gateway", gateway.port, request, operation.name);
      const headers = Object.fromEntries(
        Object.entries(answer.headers).filter(([name]) => !HOP_HEADERS.has(name)),
      );
      headers["content-length"] = String(answer.body.length);
      recorded[`${request.method} ${request.path}`] = {
        status: answer.status,
        headers,
        body: answer.body.toString("base64"),
      };
    }
    const responsesFile = path.join(tmp, "responses.json");
    await writeFile(responsesFile, JSON.stringify(recorded));
    const first = wireRequest(operations[0]);
    const replay = await startServer({
      name: "bare node:http replay server",
      script: replayScript,
      args: (port) => [responsesFile, String(port)],
      probe: async (port) => (await httpRequest({ port, ...first })).status,
    });
    started.push(replay);

    /** One Prism CLI per spec file, serving it at the root. */
    /** @type {Map<string, import("./servers.js").Server>} */
    const prisms = new Map();
    const specOperations = [
      ...new Map(operations.map((operation) => [operation.specFile, operation])).values(),
    ];
    // Started side by side; each records itself for the cleanup below as soon as it is up.
    await Promise.all(
      specOperations.map(async (operation) => {
        const prism = await startPrism(operation.specFile, wireRequest(operation, ""));
        started.push(prism);
        prisms.set(operation.specFile, prism);
      }),
    );

    const servers = [
      { key: "gateway", label: "Switchboard gateway", port: () => gateway.port, prefixed: true },
      {
        key: "prism",
        label: "Prism CLI (one spec)",
        port: (operation) =>
          /** @type {import("./servers.js").Server} */ (prisms.get(operation.specFile)).port,
        prefixed: false,
      },
      { key: "bare", label: "bare node:http replay", port: () => replay.port, prefixed: true },
    ];
    const loadOf = (server, operation, duration, requestAmount) =>
      load({
        port: server.port(operation),
        requests: [wireRequest(operation, server.prefixed ? undefined : "")],
        connections,
        durationS: duration,
        ...(requestAmount === undefined ? {} : { amount: requestAmount }),
      });

    for (const operation of operations) {
      for (const server of servers) {
        const request = wireRequest(operation, server.prefixed ? undefined : "");
        await assertAnswers(server.label, server.port(operation), request, operation.name);
        if (warmupS > 0) await loadOf(server, operation, warmupS, amount);
      }
    }

    /** @type {Map<string, Record<string, import("./load.js").LoadResult[]>>} */
    const samples = new Map(
      operations.map((operation) => [
        operation.name,
        Object.fromEntries(servers.map((server) => [server.key, []])),
      ]),
    );
    for (let run = 0; run < runs; run += 1) {
      for (const operation of operations) {
        const order = servers.map((_, index) => servers[(index + run) % servers.length]);
        for (const server of order) {
          const result = await loadOf(server, operation, durationS, amount);
          samples.get(operation.name)?.[server.key].push(result);
        }
      }
    }

    return {
      connections,
      durationS,
      runs,
      warmupS,
      gatewaySpecs: new Set(operations.map((operation) => operation.vendor.name)).size,
      servers: servers.map(({ key, label }) => ({ key, label })),
      operations: operations.map((operation) => {
        const byServer = /** @type {Record<string, import("./load.js").LoadResult[]>} */ (
          samples.get(operation.name)
        );
        return {
          name: operation.name,
          method: operation.method,
          path: operation.specPath,
          results: Object.fromEntries(
            Object.entries(byServer).map(([key, results]) => [
              key,
              {
                rps: summarize(results.map((result) => result.rps)),
                p50: summarize(results.map((result) => result.p50)),
                p99: summarize(results.map((result) => result.p99)),
                errors: results.reduce((sum, result) => sum + result.errors, 0),
                requests: results.reduce((sum, result) => sum + result.requests, 0),
              },
            ]),
          ),
        };
      }),
    };
  } finally {
    await Promise.all(started.map((server) => server.stop()));
    await rm(tmp, { recursive: true, force: true });
  }
}
