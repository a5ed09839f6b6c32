// @ts-check
// Mock gateway startup and throughput, side by side with Prism's own CLI serving one spec.
// Loopback only; every load is bounded (DURATION_S seconds at CONNECTIONS connections).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const CONNECTIONS = 10;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const root = fileURLToPath(new URL("../../", import.meta.url));
const gatewayBin = `${root}apps/mock/bin/switchboard-mock.js`;
const prismBin = fileURLToPath(
  new URL("../node_modules/@stoplight/prism-cli/dist/index.js", import.meta.url),
);

const KD = "KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const UO = "UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1";
/** One valid Twilio update, under the given path prefix. */
const twilioUpdate = (prefix) => ({
  method: /** @type {const} */ ("POST"),
  path: `${prefix}/v1/Interactions/${KD}/Channels/${UO}`,
  headers: {
    authorization: `Basic ${Buffer.from("AC123:token").toString("base64")}`,
    "content-type": "application/x-www-form-urlencoded",
  },
  body: "Status=closed",
});

async function freePort() {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  server.close();
  return port;
}

/** Starts a server process and resolves once `probeUrl` answers at all, with the time that took. */
async function startProcess(command, args, probeUrl) {
  const started = performance.now();
  const child = spawn(process.execPath, [command, ...args], { stdio: "ignore" });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}`);
    const ok = await fetch(probeUrl).then(
      () => true,
      () => false,
    );
    if (ok) return { child, startupMs: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function stop(child) {
  child.kill("SIGTERM");
  if (child.exitCode === null) await once(child, "exit");
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function load(origin, prefix) {
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [twilioUpdate(prefix)],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const startups = [];
for (let i = 0; i < STARTS; i += 1) {
  const port = await freePort();
  const { child, startupMs } = await startProcess(
    gatewayBin,
    ["--port", String(port)],
    `http://127.0.0.1:${port}/__health`,
  );
  startups.push(startupMs);
  await stop(child);
}

const gatewayPort = await freePort();
const gateway = await startProcess(
  gatewayBin,
  ["--port", String(gatewayPort)],
  `http://127.0.0.1:${gatewayPort}/__health`,
);
const gatewayResult = await load(`http://127.0.0.1:${gatewayPort}`, "/twilio-flex");
await stop(gateway.child);

const prismPort = await freePort();
const prism = await startProcess(
  prismBin,
  ["mock", `${root}specs/twilio-flex.yaml`, "--port", String(prismPort), "--host", "127.0.0.1"],
  `http://127.0.0.1:${prismPort}/v1/Interactions/${KD}/Channels/${UO}`,
);
const prismResult = await load(`http://127.0.0.1:${prismPort}`, "");
await stop(prism.child);

const row = (name, r) => `| ${name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`;
console.log(
  `Gateway startup (process start to first answer on /__health, all specs loaded), ${STARTS} runs:`,
);
console.log(
  `  median ${median(startups).toFixed(0)} ms (min ${Math.min(...startups).toFixed(0)}, max ${Math.max(...startups).toFixed(0)})`,
);
console.log(
  `\nTwilio updateInteractionChannel, ${CONNECTIONS} connections, ${DURATION_S} s each, loopback:`,
);
console.log("| server | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|");
console.log(row("Switchboard gateway (4 specs)", gatewayResult));
console.log(row("Prism CLI 5.14.2 (this spec only, logs discarded)", prismResult));
console.log(`\nratio gateway / Prism CLI: ${(gatewayResult.rps / prismResult.rps).toFixed(2)}`);
