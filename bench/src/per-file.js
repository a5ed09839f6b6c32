// @ts-check
// What a gateway per test file costs: `startMockGateway({ port: 0 })`, the first
// `GET /__health` and `close()`, repeated in one process after a warm-up (per-file-child.js,
// a fresh Node process), beside the package's import and the first cycle of that process.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { repoRoot } from "./servers.js";
import { summarize } from "./stats.js";

const CHILD = fileURLToPath(new URL("./per-file-child.js", import.meta.url));
const TIMEOUT_MS = Number(process.env.BENCH_STARTUP_TIMEOUT_MS ?? 120_000);

/**
 * @typedef {{ specs: number, startMs: number, healthMs: number, closeMs: number, totalMs: number }} Cycle
 * @param {{ runs: number, warmups: number }} settings
 */
export async function perFileStartup({ runs, warmups }) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CHILD, String(runs), String(warmups)],
    { cwd: repoRoot, timeout: TIMEOUT_MS * (runs + warmups) },
  );
  const lines = stdout.trim().split("\n");
  const reported = /** @type {{ importMs: number, warmups: Cycle[], runs: Cycle[] }} */ (
    JSON.parse(lines[lines.length - 1] ?? "")
  );
  const cycles = reported.runs;
  const first = reported.warmups[0] ?? cycles[0];
  return {
    runs,
    warmups,
    specs: first.specs,
    importMs: reported.importMs,
    first,
    total: summarize(cycles.map((cycle) => cycle.totalMs)),
    start: summarize(cycles.map((cycle) => cycle.startMs)),
    health: summarize(cycles.map((cycle) => cycle.healthMs)),
    close: summarize(cycles.map((cycle) => cycle.closeMs)),
  };
}
