// @ts-check
// Pipeline: `turbo run codegen build` of the whole workspace (the tasks of `pnpm generate`
// and `pnpm build`) with an empty, throwaway cache directory (cold: every task runs), then the
// same again (warm: every task from that cache). It rewrites generated files and dist/ with
// identical content; the repo's own cache is never touched.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "./servers.js";

const ENV = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", REDOCLY_TELEMETRY: "off" };

/** Runs turbo, resolving with its wall time; fails with the tail of its output. */
function turbo(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("pnpm", ["exec", "turbo", ...args], {
      cwd: repoRoot,
      env: ENV,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk) => {
      output = (output + chunk).slice(-200_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const killOnExit = () => child.kill("SIGKILL");
    process.once("exit", killOnExit);
    child.once("error", reject);
    child.once("close", (code) => {
      process.removeListener("exit", killOnExit);
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, output });
      else
        reject(new Error(`turbo ${args.join(" ")} exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

/** "Tasks: 19 successful, 19 total" / "Cached: 19 cached, 19 total" from turbo's summary. */
function taskCounts(output) {
  const tasks = /Tasks:\s+(\d+) successful, (\d+) total/.exec(output);
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  return {
    tasks: tasks ? Number(tasks[2]) : null,
    cached: cached ? Number(cached[1]) : null,
  };
}

/** @param {{ smoke: boolean }} settings */
export async function pipeline({ smoke }) {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "switchboard-bench-turbo-"));
  const args = [
    "run",
    "codegen",
    "build",
    `--cache-dir=${cacheDir}`,
    "--output-logs=errors-only",
    "--log-order=grouped",
  ];
  try {
    if (smoke) {
      // The smoke run only checks that turbo plans the pipeline; it writes nothing.
      const { output } = await turbo([...args, "--dry=json"]);
      const plan = JSON.parse(output.slice(output.indexOf("{")));
      return { smoke: true, tasks: plan.tasks.length };
    }
    const cold = await turbo(args);
    const warm = await turbo(args);
    return {
      smoke: false,
      coldMs: cold.ms,
      warmMs: warm.ms,
      cold: taskCounts(cold.output),
      warm: taskCounts(warm.output),
      cores: os.cpus().length,
    };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}
