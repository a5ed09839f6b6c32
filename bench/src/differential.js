// @ts-check
// The fast path's differential test at bench size: the reliability suite's
// fast-path-differential test (fast path on against off, every answer compared) run with many
// more requests than `pnpm test` sends, its per-operation report read back from a JSON file.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./servers.js";

export const DIFFERENTIAL_TEST = "tests/reliability/test/fast-path-differential.test.ts";
const SUITE = "tests/reliability";
/** A guard against a hung run, not a measurement. */
const TIMEOUT_MS = 30 * 60_000;

/**
 * @typedef {{ operation: string, requests: number, answeredByFastPath: number, differences: number }} OperationReport
 * @typedef {{ operations: OperationReport[], differences: unknown[] }} DifferentialReport
 */

/** The vitest project the suite runs as: its package's name (see vitest.config.ts). */
function suiteProject() {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, SUITE, "package.json"), "utf8"));
  return /** @type {string} */ (manifest.name);
}

const isCount = (value) => Number.isSafeInteger(value) && value >= 0;

/**
 * The test's report, checked field by field so a changed format fails here, by name.
 * @param {string} text
 * @returns {DifferentialReport}
 */
export function parseDifferentialReport(text) {
  /** @type {any} */
  let report;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new Error(`its report is not JSON: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
  if (!Array.isArray(report?.operations) || report.operations.length === 0) {
    throw new Error("its report lists no operations");
  }
  for (const [index, entry] of report.operations.entries()) {
    const fields = ["requests", "answeredByFastPath", "differences"];
    const wrong = fields.filter((field) => !isCount(entry?.[field]));
    if (typeof entry?.operation !== "string" || wrong.length > 0) {
      throw new Error(
        `its report's operations[${index}] is not { operation, requests, answeredByFastPath, differences }: ${JSON.stringify(entry)}`,
      );
    }
  }
  if (!Array.isArray(report.differences)) {
    throw new Error("its report has no differences list");
  }
  return { operations: report.operations, differences: report.differences };
}

/** The first failure vitest printed (its failures go to stderr, put first), a few lines of it. */
function failureLines(output) {
  const lines = output.trim().split("\n");
  const first = lines.findIndex((line) => /FAIL|Error/.test(line));
  return lines
    .slice(Math.max(first, 0), Math.max(first, 0) + 20)
    .join("\n")
    .trim();
}

/**
 * Runs the differential test with `FAST_PATH_RUNS=runs` and returns its report with whether the
 * test itself passed. A smoke run skips it when the test is not there; a full run fails.
 * @param {{ runs: number, smoke: boolean }} settings
 */
export async function differential({ runs, smoke }) {
  if (!existsSync(path.join(repoRoot, DIFFERENTIAL_TEST))) {
    const reason = `${DIFFERENTIAL_TEST} is not there`;
    if (smoke) return { runs, skipped: reason };
    throw new Error(`the differential test did not run: ${reason}`);
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), "switchboard-bench-differential-"));
  const reportFile = path.join(tmp, "report.json");
  const vitest = path.join(repoRoot, "node_modules", "vitest", "vitest.mjs");
  const args = [
    vitest,
    "run",
    "--config",
    "vitest.config.ts",
    "--project",
    suiteProject(),
    DIFFERENTIAL_TEST,
  ];
  const started = performance.now();
  try {
    /** @type {{ passed: boolean, output: string }} */
    const outcome = await promisify(execFile)(process.execPath, args, {
      cwd: repoRoot,
      env: {
        ...process.env,
        FAST_PATH_RUNS: String(runs),
        FAST_PATH_REPORT: reportFile,
        // Plain text: the output's tail goes into the report when the test fails.
        NO_COLOR: "1",
        FORCE_COLOR: "0",
      },
      timeout: TIMEOUT_MS,
      maxBuffer: 64 * 1024 ** 2,
    }).then(
      ({ stdout, stderr }) => ({ passed: true, output: `${stderr}\n${stdout}` }),
      (error) => ({
        passed: false,
        output: `${error.stderr ?? ""}\n${error.stdout ?? ""}`.trim() || String(error.message),
      }),
    );
    const ms = performance.now() - started;
    const text = await readFile(reportFile, "utf8").catch(() => undefined);
    const tail = failureLines(outcome.output);
    if (text === undefined) {
      throw new Error(
        `the differential test did not run: ${outcome.passed ? "it passed but wrote no report" : "it failed before writing its report"} (${reportFile})\n${tail}`,
      );
    }
    let report;
    try {
      report = parseDifferentialReport(text);
    } catch (error) {
      throw new Error(
        `the differential test did not run: ${error instanceof Error ? error.message : error}`,
        { cause: error },
      );
    }
    return {
      runs,
      ms,
      passed: outcome.passed,
      // What the test printed when it failed, for the report; nothing when it passed.
      failure: outcome.passed ? undefined : tail,
      ...report,
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
