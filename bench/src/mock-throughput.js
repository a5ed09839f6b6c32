// @ts-check
// Mock throughput and latency per operation: the Switchboard gateway (every spec), with its fast
// path and with `--no-fast-path`, against Prism's own CLI serving that operation's spec alone,
// and against a bare node:http server replaying the gateway's recorded answers byte for byte.
// Runs are interleaved (the server order rotates each round) so drift in the machine hits every
// server alike; each server's resident memory is sampled during each run. Then a fresh pair of
// gateways, fast path on and off, is loaded at one fixed request rate, for a memory comparison
// that does not depend on how fast each answers.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "./load.js";
import { wireRequest } from "./operations.js";
import {
  httpRequest,
  NO_FAST_PATH,
  startGateway,
  startPrism,
  startServer,
  withResidentPeak,
} from "./servers.js";
import { summarize } from "./stats.js";

const replayScript = fileURLToPath(new URL("./replay-server.js", import.meta.url));
/** Response headers that belong to one connection or instant, not to the recorded answer. */
const HOP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);
/** How often a loaded server's resident memory is read. */
const RSS_SAMPLE_MS = 250;

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
 * One run's load figures with the loaded process's peak resident memory.
 * @typedef {import("./load.js").LoadResult & { rssPeak: number }} LoadSample
 */

/**
 * Median (min–max) of each figure over a server's runs, errors and requests summed.
 * @param {LoadSample[]} results
 */
function summarizeRuns(results) {
  return {
    rps: summarize(results.map((result) => result.rps)),
    p50: summarize(results.map((result) => result.p50)),
    p99: summarize(results.map((result) => result.p99)),
    rssPeak: summarize(results.map((result) => result.rssPeak)),
    /** Each run's peak, for comparisons pooled over operations. */
    rssPeaks: results.map((result) => result.rssPeak),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    requests: results.reduce((sum, result) => sum + result.requests, 0),
  };
}

/**
 * `runs` rounds over every operation and server, the server order rotating each round.
 * @template {{ key: string }} S
 * @param {{ operations: import("./operations.js").Operation[], servers: S[], runs: number, measure: (server: S, operation: import("./operations.js").Operation) => Promise<LoadSample> }} options
 */
async function interleavedRuns({ operations, servers, runs, measure }) {
  /** @type {Map<string, Record<string, LoadSample[]>>} */
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
        samples.get(operation.name)?.[server.key].push(await measure(server, operation));
      }
    }
  }
  return operations.map((operation) => {
    const byServer = /** @type {Record<string, LoadSample[]>} */ (samples.get(operation.name));
    return {
      name: operation.name,
      method: operation.method,
      path: operation.specPath,
      results: Object.fromEntries(
        Object.entries(byServer).map(([key, results]) => [key, summarizeRuns(results)]),
      ),
    };
  });
}

/**
 * @param {{ operations: import("./operations.js").Operation[], connections: number, durationS: number, runs: number, warmupS: number, amount?: number, fixedRate: number }} settings
 */
export async function mockThroughput({
  operations,
  connections,
  durationS,
  runs,
  warmupS,
  amount,
  fixedRate,
}) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "switchboard-bench-replay-"));
  /** @type {import("./servers.js").Server[]} */
  const started = [];
  try {
    /** Starts a server and records it for the cleanup below as soon as it is up. */
    const tracked = async (/** @type {Promise<import("./servers.js").Server>} */ starting) => {
      const server = await starting;
      started.push(server);
      return server;
    };
    const [gateway, gatewayOff] = await Promise.all([
      tracked(startGateway()),
      tracked(startGateway({ flags: [NO_FAST_PATH] })),
    ]);
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
    const replay = await tracked(
      startServer({
        name: "bare node:http replay server",
        script: replayScript,
        args: (port) => [responsesFile, String(port)],
        probe: async (port) => (await httpRequest({ port, ...first })).status,
      }),
    );

    /** One Prism CLI per spec file, serving it at the root. */
    /** @type {Map<string, import("./servers.js").Server>} */
    const prisms = new Map();
    const specOperations = [
      ...new Map(operations.map((operation) => [operation.specFile, operation])).values(),
    ];
    // Started side by side.
    await Promise.all(
      specOperations.map(async (operation) => {
        const prism = await tracked(startPrism(operation.specFile, wireRequest(operation, "")));
        prisms.set(operation.specFile, prism);
      }),
    );

    const pidOf = (/** @type {import("./servers.js").Server} */ server) =>
      /** @type {number} */ (server.child.pid);
    const prismOf = (operation) =>
      /** @type {import("./servers.js").Server} */ (prisms.get(operation.specFile));
    /** @type {{ key: string, label: string, server: (operation: import("./operations.js").Operation) => import("./servers.js").Server, prefixed: boolean }[]} */
    const servers = [
      { key: "gateway", label: "Switchboard gateway", server: () => gateway, prefixed: true },
      {
        key: "gatewayOff",
        label: `Switchboard gateway, \`${NO_FAST_PATH}\``,
        server: () => gatewayOff,
        prefixed: true,
      },
      { key: "prism", label: "Prism CLI (one spec)", server: prismOf, prefixed: false },
      { key: "bare", label: "bare node:http replay", server: () => replay, prefixed: true },
    ];
    /** @param {typeof servers[number]} server @param {number} duration @param {number} [rate] */
    const loadOf = (server, operation, duration, rate) =>
      load({
        port: server.server(operation).port,
        requests: [wireRequest(operation, server.prefixed ? undefined : "")],
        connections,
        durationS: duration,
        ...(amount === undefined ? {} : { amount }),
        ...(rate === undefined ? {} : { rate }),
      });
    /** @param {typeof servers[number]} server @param {number} [rate] @returns {Promise<LoadSample>} */
    const measuredLoad = async (server, operation, rate) => {
      const { result, rssPeak } = await withResidentPeak(
        pidOf(server.server(operation)),
        () => loadOf(server, operation, durationS, rate),
        RSS_SAMPLE_MS,
      );
      return { ...result, rssPeak };
    };

    for (const operation of operations) {
      for (const server of servers) {
        const request = wireRequest(operation, server.prefixed ? undefined : "");
        await assertAnswers(server.label, server.server(operation).port, request, operation.name);
        if (warmupS > 0) await loadOf(server, operation, warmupS);
      }
    }
    const results = await interleavedRuns({
      operations,
      servers,
      runs,
      measure: (server, operation) => measuredLoad(server, operation),
    });

    // Memory at one request rate: a fresh pair, so neither carries what a full-speed load grew.
    await Promise.all(started.splice(0).map((server) => server.stop()));
    const [rateGateway, rateGatewayOff] = await Promise.all([
      tracked(startGateway()),
      tracked(startGateway({ flags: [NO_FAST_PATH] })),
    ]);
    const rateServers = servers
      .slice(0, 2)
      .map((server, index) => ({ ...server, server: () => [rateGateway, rateGatewayOff][index] }));
    if (warmupS > 0) {
      for (const operation of operations) {
        for (const server of rateServers) await loadOf(server, operation, warmupS, fixedRate);
      }
    }
    const rateResults = await interleavedRuns({
      operations,
      servers: rateServers,
      runs,
      measure: (server, operation) => measuredLoad(server, operation, fixedRate),
    });

    return {
      connections,
      durationS,
      runs,
      warmupS,
      gatewaySpecs: new Set(operations.map((operation) => operation.vendor.name)).size,
      rssSampleMs: RSS_SAMPLE_MS,
      servers: servers.map(({ key, label }) => ({ key, label })),
      operations: results,
      fixedRate: { rate: fixedRate, operations: rateResults },
    };
  } finally {
    await Promise.all(started.map((server) => server.stop()));
    await rm(tmp, { recursive: true, force: true });
  }
}
