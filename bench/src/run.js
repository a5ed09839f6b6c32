// @ts-check
// Entry point. `node src/run.js` runs every benchmark and writes BENCHMARKS.md at the repo
// root; `--smoke` runs a few requests through each benchmark to check the harness still starts,
// and writes nothing into the repo. `--only=throughput,startup,...` runs a subset.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { bundleSize } from "./bundle-size.js";
import { clientOverhead } from "./client-overhead.js";
import { cpuProfile } from "./cpu-profile.js";
import { differential } from "./differential.js";
import { engineCost } from "./engine-cost.js";
import { retainedHeap } from "./retained-heap.js";
import { hostileInput } from "./hostile-input.js";
import { perFileStartup } from "./per-file.js";
import { describeMachine } from "./machine.js";
import { mockThroughput } from "./mock-throughput.js";
import { mswThroughput } from "./msw-throughput.js";
import { documentedOperations, startupProbeOperation } from "./operations.js";
import { pipeline } from "./pipeline.js";
import { proxyLatency } from "./proxy-latency.js";
import { renderReport } from "./report.js";
import { repoRoot } from "./servers.js";
import { soak } from "./soak.js";
import { startup } from "./startup.js";

const { values } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    only: { type: "string" },
    out: { type: "string" },
  },
});
const smoke = values.smoke;
const env = (name, fallback) => {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
};

const CONNECTIONS = 10;
/** Full-run settings (each overridable); the smoke run bounds every load by a few requests. */
const settings = smoke
  ? {
      durationS: 1,
      amount: 20,
      runs: 1,
      warmupS: 0,
      starts: 1,
      perFileStarts: 2,
      perFileWarmups: 1,
      profileS: 1,
      clientWarmupMs: 5,
      clientBatchMs: 5,
      clientBatches: 1,
      soakS: 1,
      journalBodies: 20,
      uploadMiB: [2],
      journalReads: 1,
      mswRunMs: 0,
      mswRuns: 1,
      mswWarmupMs: 0,
      proxyRequests: 20,
      proxyWarmups: 2,
      fixedRate: 1000,
      engineWarmupMs: 5,
      engineBatchMs: 5,
      engineBatches: 1,
      heapRuns: 1,
      heapRequests: 5,
      // Only to check the test still writes the report this harness reads; `pnpm test` runs it.
      differentialRuns: 20,
    }
  : {
      durationS: env("BENCH_DURATION_S", 3),
      amount: undefined,
      runs: env("BENCH_RUNS", 5),
      warmupS: env("BENCH_WARMUP_S", 1),
      starts: env("BENCH_STARTS", 7),
      perFileStarts: env("BENCH_PER_FILE_STARTS", 15),
      perFileWarmups: env("BENCH_PER_FILE_WARMUPS", 2),
      profileS: env("BENCH_PROFILE_S", 3),
      clientWarmupMs: env("BENCH_CLIENT_WARMUP_MS", 1000),
      clientBatchMs: env("BENCH_CLIENT_BATCH_MS", 400),
      clientBatches: env("BENCH_CLIENT_BATCHES", 7),
      soakS: env("BENCH_SOAK_S", 60),
      journalBodies: env("BENCH_JOURNAL_BODIES", 1000),
      uploadMiB: [2, 64, env("BENCH_LARGEST_UPLOAD_MIB", 1024)],
      journalReads: 5,
      mswRunMs: env("BENCH_MSW_RUN_MS", 1000),
      mswRuns: env("BENCH_MSW_RUNS", 5),
      mswWarmupMs: env("BENCH_MSW_WARMUP_MS", 500),
      proxyRequests: env("BENCH_PROXY_REQUESTS", 1000),
      proxyWarmups: env("BENCH_PROXY_WARMUPS", 200),
      fixedRate: env("BENCH_RSS_RATE", 1000),
      engineWarmupMs: env("BENCH_ENGINE_WARMUP_MS", 1000),
      engineBatchMs: env("BENCH_ENGINE_BATCH_MS", 400),
      engineBatches: env("BENCH_ENGINE_BATCHES", 7),
      heapRuns: env("BENCH_HEAP_RUNS", 5),
      heapRequests: env("BENCH_HEAP_REQUESTS", 3000),
      differentialRuns: env("BENCH_FAST_PATH_RUNS", 2000),
    };

const operations = documentedOperations();
const prismOperation = startupProbeOperation(operations);

/** Each benchmark, in running order; the pipeline last, since it rebuilds dist/. */
const benchmarks = {
  throughput: () =>
    mockThroughput({
      operations,
      connections: CONNECTIONS,
      durationS: settings.durationS,
      runs: settings.runs,
      warmupS: settings.warmupS,
      amount: settings.amount,
      fixedRate: settings.fixedRate,
    }),
  engine: () =>
    engineCost({
      operations,
      warmupMs: settings.engineWarmupMs,
      batchMs: settings.engineBatchMs,
      batches: settings.engineBatches,
    }),
  heap: () => retainedHeap({ runs: settings.heapRuns, requests: settings.heapRequests }),
  profile: () =>
    cpuProfile({
      operations,
      connections: CONNECTIONS,
      durationS: settings.profileS,
      amount: settings.amount,
    }),
  startup: () => startup({ runs: settings.starts, prismOperation }),
  perfile: () => perFileStartup({ runs: settings.perFileStarts, warmups: settings.perFileWarmups }),
  client: () =>
    clientOverhead({
      operations,
      warmupMs: settings.clientWarmupMs,
      batchMs: settings.clientBatchMs,
      batches: settings.clientBatches,
    }),
  bundle: () => bundleSize(),
  soak: () =>
    soak({
      operations,
      connections: CONNECTIONS,
      durationS: settings.soakS,
      amount: settings.amount,
    }),
  hostile: () =>
    hostileInput({
      operations,
      journalBodies: settings.journalBodies,
      uploadMiB: settings.uploadMiB,
      reads: settings.journalReads,
    }),
  msw: () =>
    mswThroughput({
      operations,
      concurrency: CONNECTIONS,
      runMs: settings.mswRunMs,
      runs: settings.mswRuns,
      warmupMs: settings.mswWarmupMs,
      amount: settings.amount,
    }),
  proxy: () =>
    proxyLatency({
      operations,
      requests: settings.proxyRequests,
      warmups: settings.proxyWarmups,
    }),
  differential: () => differential({ runs: settings.differentialRuns, smoke }),
  pipeline: () => pipeline({ smoke }),
};

const only = values.only?.split(",").map((name) => name.trim());
for (const name of only ?? []) {
  if (!(name in benchmarks)) {
    throw new Error(
      `--only: no benchmark "${name}"; there are ${Object.keys(benchmarks).join(", ")}`,
    );
  }
}

const started = performance.now();
const startedAt = new Date().toISOString();
/** @type {Record<string, { value?: unknown, error?: unknown }>} */
const results = {};
let failures = 0;
for (const [name, benchmark] of Object.entries(benchmarks)) {
  if (only && !only.includes(name)) continue;
  const t0 = performance.now();
  console.log(`bench: ${name}…`);
  try {
    results[name] = { value: await benchmark() };
    console.log(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    failures += 1;
    results[name] = { error: error instanceof Error ? error.message : String(error) };
    console.error(`bench: ${name} FAILED: ${error instanceof Error ? error.stack : error}`);
  }
}

const report = renderReport({
  machine: describeMachine(),
  startedAt,
  totalMs: performance.now() - started,
  results,
});

if (smoke) {
  // Render into a throwaway folder to prove the report renders; nothing lands in the repo.
  const dir = await mkdtemp(path.join(os.tmpdir(), "switchboard-bench-smoke-"));
  await writeFile(path.join(dir, "BENCHMARKS.md"), report);
  await rm(dir, { recursive: true, force: true });
  console.log(`bench: smoke run rendered ${report.length} characters of report`);
} else {
  const out = values.out ?? path.join(repoRoot, "BENCHMARKS.md");
  await writeFile(out, report);
  // The repo's own formatter, so `prettier --check .` passes on the committed file.
  await promisify(execFile)("pnpm", ["exec", "prettier", "--write", out], { cwd: repoRoot });
  console.log(`bench: wrote ${path.relative(process.cwd(), out) || out}`);
}
console.log(
  `bench: ${failures} failed, total ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exitCode = failures > 0 ? 1 : 0;
