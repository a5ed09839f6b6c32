// @ts-check
// What the validating proxy adds to a call: a fake upstream in this process answers each
// operation's documented success, and an in-process gateway proxies every vendor to it. Per
// operation, the same request goes straight to the upstream and through the gateway, alternately
// and one at a time, each timed from fetch to the last byte of the answer. Every proxied answer
// must report no violations (the upstream conforms), or the benchmark fails.
import { once } from "node:events";
import { createServer } from "node:http";
import { startMockGateway } from "@switchboard/mock";
import { wireRequest } from "./operations.js";
import { median, quantile, summarize } from "./stats.js";

const VIOLATIONS_HEADER = "x-switchboard-violations";

/**
 * A stand-in for the vendors' APIs on a free loopback port: each operation's documented success
 * example with its documented status, below `/<vendor prefix>` as the gateway forwards it, and
 * a 404 naming anything else. Keyed by method and path (the query left out: the proxy rebuilds it).
 * @param {import("./operations.js").Operation[]} operations
 */
async function startFakeUpstream(operations) {
  /** @type {Map<string, { status: number, body: string }>} */
  const answers = new Map();
  for (const operation of operations) {
    const key = `${operation.method} ${pathOf(wireRequest(operation).path)}`;
    if (answers.has(key)) throw new Error(`fake upstream: two operations answer ${key}`);
    answers.set(key, { status: operation.successStatus, body: operation.successBody });
  }
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const key = `${request.method} ${pathOf(request.url ?? "/")}`;
      const answer = answers.get(key) ?? {
        status: 404,
        body: JSON.stringify({ error: `fake upstream: no operation at ${key}` }),
      };
      response.writeHead(answer.status, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(answer.body),
      });
      response.end(answer.body);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** @param {number[]} values */
function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

/** @param {string} pathAndQuery */
function pathOf(pathAndQuery) {
  return new URL(pathAndQuery, "http://upstream").pathname;
}

/**
 * One timed exchange: fetch to the whole answer read; the answer's status, body and violations.
 * @param {string} url @param {RequestInit} init
 */
async function timedCall(url, init) {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = await response.text();
  return {
    ms: performance.now() - started,
    status: response.status,
    body,
    violations: response.headers.get(VIOLATIONS_HEADER),
  };
}

/**
 * @param {{ operations: import("./operations.js").Operation[], requests: number, warmups: number }} settings
 */
export async function proxyLatency({ operations, requests, warmups }) {
  const upstream = await startFakeUpstream(operations);
  /** @type {import("@switchboard/mock").MockGateway | undefined} */
  let gateway;
  try {
    const prefixes = [...new Set(operations.map((operation) => operation.vendor.name))];
    gateway = await startMockGateway({
      port: 0,
      proxy: Object.fromEntries(prefixes.map((prefix) => [prefix, `${upstream.origin}/${prefix}`])),
    });
    const proxy = gateway;

    /** Both calls of one operation; each throws unless its answer is the documented one. */
    const callers = (operation) => {
      const { method, path, headers, body } = wireRequest(operation);
      const init = { method, headers, ...(body === undefined ? {} : { body }) };
      const expect = (where, answer) => {
        if (answer.status !== operation.successStatus || answer.body !== operation.successBody) {
          throw new Error(
            `${where} answered ${operation.name} with ${answer.status}, not the documented ${operation.successStatus} and example: ${answer.body.slice(0, 500)}`,
          );
        }
      };
      return {
        direct: async () => {
          const answer = await timedCall(`${upstream.origin}${path}`, init);
          expect("the fake upstream", answer);
          return answer.ms;
        },
        proxied: async () => {
          const answer = await timedCall(`${proxy.url}${path}`, init);
          if (answer.violations !== "0") {
            const [entry] = (await proxy.requests()).slice(-1);
            throw new Error(
              `the proxy reported ${answer.violations ?? "no"} ${VIOLATIONS_HEADER} on a conforming answer to ${operation.name}: ${JSON.stringify(entry?.violations ?? []).slice(0, 1000)}`,
            );
          }
          expect("the gateway (proxying)", answer);
          return answer.ms;
        },
      };
    };

    const results = [];
    for (const operation of operations) {
      const { direct, proxied } = callers(operation);
      for (let index = 0; index < warmups; index += 1) {
        await direct();
        await proxied();
      }
      /** @type {{ direct: number[], proxied: number[] }} */
      const samples = { direct: [], proxied: [] };
      for (let index = 0; index < requests; index += 1) {
        // Alternate which goes first, so neither always follows the other.
        if (index % 2 === 0) {
          samples.direct.push(await direct());
          samples.proxied.push(await proxied());
        } else {
          samples.proxied.push(await proxied());
          samples.direct.push(await direct());
        }
      }
      const [directMedian, proxiedMedian] = [median(samples.direct), median(samples.proxied)];
      results.push({
        name: operation.name,
        method: operation.method,
        path: operation.specPath,
        direct: { ...summarize(samples.direct), p95: quantile(sorted(samples.direct), 0.95) },
        proxied: { ...summarize(samples.proxied), p95: quantile(sorted(samples.proxied), 0.95) },
        addedMs: proxiedMedian - directMedian,
        ratio: proxiedMedian / directMedian,
      });
    }
    return { requests, warmups, vendors: prefixes.length, operations: results };
  } finally {
    await gateway?.close();
    await upstream.close();
  }
}
