// @ts-check
// Spawning, probing and stopping the server processes the benchmarks load. Every child is
// tracked and killed on every exit path of this process (normal exit, error, Ctrl-C).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { request } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const gatewayBin = fileURLToPath(
  new URL("../../apps/mock/bin/switchboard-mock.js", import.meta.url),
);
export const prismBin = fileURLToPath(
  new URL("../node_modules/@stoplight/prism-cli/dist/index.js", import.meta.url),
);

// A guard against a server that never starts, not a measurement: Prism's CLI alone has taken
// over 25 s to start on a loaded 2-core machine.
const STARTUP_TIMEOUT_MS = Number(process.env.BENCH_STARTUP_TIMEOUT_MS ?? 120_000);

/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set();

function killAll() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}
process.on("exit", killAll);
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** A port nobody listens on right now, on the loopback interface. */
export async function freePort() {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * One HTTP request on a fresh connection; resolves with status, raw headers and body.
 * @param {{ port: number, method: string, path: string, headers?: Record<string, string>, body?: string }} options
 * @returns {Promise<{ status: number, headers: Record<string, string | string[]>, body: Buffer }>}
 */
export function httpRequest({ port, method, path, headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, method, path, headers, agent: false },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: /** @type {Record<string, string | string[]>} */ (response.headers),
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * @typedef {object} Server
 * @property {import("node:child_process").ChildProcess} child
 * @property {number} port
 * @property {number} startupMs process spawn to the first successful probe
 * @property {() => Promise<void>} stop
 * @property {() => string} output everything the process printed (only with `keepOutput`)
 */

/**
 * Spawns `node [nodeArgs] script [args]` and resolves once `probe(port)` answers 2xx.
 * Fails loudly (with the child's stderr) when the process exits or the probe never succeeds.
 * `keepOutput` keeps all of stdout and stderr, for a benchmark that searches them.
 * @param {{ name: string, script: string, args: (port: number) => string[], probe: (port: number) => Promise<number>, nodeArgs?: string[], keepOutput?: boolean }} options
 * @returns {Promise<Server>}
 */
export async function startServer({
  name,
  script,
  args,
  probe,
  nodeArgs = [],
  keepOutput = false,
}) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script, ...args(port)], {
    stdio: ["ignore", keepOutput ? "pipe" : "ignore", "pipe"],
    cwd: repoRoot,
  });
  children.add(child);
  let stderr = "";
  let output = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (text) => {
    stderr = (stderr + text).slice(-4000);
    if (keepOutput) output += text;
  });
  child.stdout?.setEncoding("utf8");
  child.stdout?.on("data", (text) => {
    output += text;
  });
  /** @type {Error | undefined} */
  let spawnError;
  child.once("error", (error) => {
    spawnError = error;
  });
  const server = { child, port, startupMs: 0, stop: () => stopChild(child), output: () => output };
  const fail = async (reason) => {
    await server.stop();
    throw new Error(`${name} did not start: ${reason}${stderr ? `\n${stderr}` : ""}`);
  };
  for (;;) {
    if (spawnError) return fail(spawnError.message);
    if (child.exitCode !== null || child.signalCode !== null) {
      return fail(`exited with ${child.exitCode ?? child.signalCode}`);
    }
    if (performance.now() - started > STARTUP_TIMEOUT_MS) {
      return fail(`no 2xx answer within ${STARTUP_TIMEOUT_MS} ms`);
    }
    const status = await probe(port).catch(() => 0);
    if (status >= 200 && status < 300) {
      server.startupMs = performance.now() - started;
      return server;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** SIGTERM, then SIGKILL after 5 s; resolves once the child is gone. */
export async function stopChild(child, graceMs = 5000) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  }
  children.delete(child);
}

/** The gateway's flag that sends every request through Prism, never the compiled fast path. */
export const NO_FAST_PATH = "--no-fast-path";

/**
 * The gateway with every spec, probed on `GET /__health`; `flags` are added to its command line
 * (`[NO_FAST_PATH]`).
 * @param {{ flags?: string[], nodeArgs?: string[], keepOutput?: boolean }} [options]
 */
export function startGateway({ flags = [], nodeArgs = [], keepOutput = false } = {}) {
  return startServer({
    name: `Switchboard gateway${flags.length > 0 ? ` ${flags.join(" ")}` : ""}`,
    script: gatewayBin,
    args: (port) => ["--port", String(port), ...flags],
    probe: async (port) => (await httpRequest({ port, method: "GET", path: "/__health" })).status,
    nodeArgs,
    keepOutput,
  });
}

/**
 * Prism's own CLI serving one spec, its logging silenced (`--verboseLevel silent`; stdout is
 * discarded as well), probed with a valid request of that spec.
 * @param {string} specFile
 * @param {{ method: string, path: string, headers: Record<string, string>, body?: string }} probeRequest
 */
export function startPrism(specFile, probeRequest) {
  return startServer({
    name: `Prism CLI (${specFile})`,
    script: prismBin,
    args: (port) => [
      "mock",
      specFile,
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--verboseLevel",
      "silent",
    ],
    probe: async (port) => (await httpRequest({ port, ...probeRequest })).status,
  });
}

/** Resident set size of a process in bytes, from `/proc/<pid>/status` (Linux only). */
export async function residentBytes(pid) {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/**
 * The highest resident set size of a process while `work` runs: read before it, every
 * `intervalMs` during it and after it.
 * @template T
 * @param {number} pid
 * @param {() => Promise<T>} work
 * @param {number} [intervalMs]
 * @returns {Promise<{ result: T, rssBefore: number, rssPeak: number, rssAfter: number }>}
 */
export async function withResidentPeak(pid, work, intervalMs = 250) {
  const rssBefore = await residentBytes(pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    residentBytes(pid).then(
      (bytes) => {
        rssPeak = Math.max(rssPeak, bytes);
      },
      () => undefined,
    );
  }, intervalMs);
  let result;
  try {
    result = await work();
  } finally {
    clearInterval(sampler);
  }
  const rssAfter = await residentBytes(pid);
  return { result, rssBefore, rssPeak: Math.max(rssPeak, rssAfter), rssAfter };
}
