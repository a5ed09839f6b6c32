/**
 * The mock's README recipes, run as a user runs them: the files of `fixtures/recipes/` copied
 * into the consumer project (next to the packed packages and the vitest the global setup
 * installed there, at the workspace catalog's version) and run with `npx vitest run`, its
 * `--reporter=json` report read back. The recipes: one gateway for the run from a global setup,
 * a session per file (a); a gateway per file (b); a fault queued for one request (c); asserting
 * on the journal (d); a gateway started with npx (e); the MSW handlers, no port (f). They also compile (strict) against the
 * installed declarations, and the README the mock's tarball ships shows each file as it is.
 */
import { cp, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";

import { describeRun, npmEnvironment, run, type RunResult } from "./support/consumer.js";
import { FIXTURES, VITEST } from "./support/published.js";
import { compile, type Diagnostic } from "./support/tsc.js";

const { root, projectDir } = inject("consumer");
const RECIPES = path.join(FIXTURES, "recipes");
const RECIPES_DIR = path.join(projectDir, "recipes");
const REPORT = path.join(root, "recipes-report.json");
const RUN_LIMIT_MS = 300_000;

/** Every recipe test, by file: each must run and pass. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  "shared-gateway.test.ts": [
    "the facade's requests land in this file's session",
    "another session's queued answers and journal stay apart",
  ],
  "per-file-gateway.test.ts": [
    "the facade against this file's gateway",
    "a generated client at the vendor's base URL; a queued answer until removed",
  ],
  "fault-for-one-test.test.ts": [
    "a 503 for the next request only: the facade retries and succeeds",
    "the documented rate limit, once: retried at once, not after 30 s",
    "rate limited on every attempt: the facade gives up, told to retry after 0 ms",
  ],
  "journal-assertions.test.ts": [
    "waitForRequest resolves with the request once it is answered",
    "a wrong expectation rejects, naming the closest request and how it differs",
  ],
  "cli-gateway.test.ts": [
    "the facade and the journal through the CLI's gateway",
    "SIGTERM stops it, with exit status 0",
  ],
  "msw-handlers.test.ts": [
    "the facade: each update starts from the one before it (stateful mode)",
    "a generated client, a fault queued for it, and nothing listening",
  ],
};
const EXPECTED_COUNT = Object.values(EXPECTED).flat().length;

/** What vitest's JSON reporter writes (the fields read here). */
interface JsonReport {
  success: boolean;
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { title: string; status: string; failureMessages: string[] }[];
  }[];
}

let files: string[];
let vitest: RunResult;
let report: JsonReport | null;
let compiled: { result: RunResult; diagnostics: Diagnostic[] };

/** What the report says went wrong: each file's own error and each failed test's messages. */
function failures(): string {
  return (report?.testResults ?? [])
    .flatMap((file) => [
      ...(file.message ? [`${file.name}: ${file.message}`] : []),
      ...file.assertionResults
        .filter((test) => test.failureMessages.length > 0)
        .map((test) => `${file.name} > ${test.title}:\n${test.failureMessages.join("\n")}`),
    ])
    .join("\n");
}

/** The environment of a user's shell: no trace of the vitest (or pnpm) running this suite. */
function userEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(npmEnvironment()).filter(([key]) => !/^(VITEST|VITE_)/.test(key)),
  );
}

beforeAll(async () => {
  files = (await readdir(RECIPES)).sort();
  await cp(RECIPES, RECIPES_DIR, { recursive: true });
  const args = ["vitest", "run", "--reporter=json", `--outputFile=${REPORT}`];
  [vitest, compiled] = await Promise.all([
    // Six files, a gateway started with npx among them: minutes when every suite runs at once.
    run("npx", args, { cwd: RECIPES_DIR, timeoutMs: RUN_LIMIT_MS, env: userEnvironment() }),
    // As vite reads them: bundler resolution; the installed declarations are checked elsewhere.
    compile(
      projectDir,
      "recipes",
      { module: "esnext", moduleResolution: "bundler", skipLibCheck: true },
      files.filter((file) => file.endsWith(".ts")).map((file) => `recipes/${file}`),
    ),
  ]);
  report = JSON.parse(await readFile(REPORT, "utf8").catch(() => "null")) as JsonReport | null;
}, RUN_LIMIT_MS + 30_000);

describe("the README recipes, run with npx vitest run in the consumer project", () => {
  it("installs vitest at the workspace catalog's version, as a devDependency", async () => {
    const lock = JSON.parse(await readFile(path.join(projectDir, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string; dev?: boolean; link?: boolean }>;
    };
    const entry = lock.packages[`node_modules/${VITEST.name}`];
    expect(entry).toMatchObject({ version: VITEST.version, dev: true });
    expect(entry?.link).toBeUndefined();
  });

  it("exits 0", () => {
    expect(vitest.code, `${describeRun("npx vitest run", vitest)}\n${failures()}`).toBe(0);
  });

  it("runs and passes every recipe test, none failed, skipped or missing", () => {
    expect(report, describeRun("npx vitest run (no JSON report)", vitest)).toBeTruthy();
    const { testResults, ...counts } = report!;
    expect(counts, failures()).toMatchObject({
      success: true,
      numTotalTests: EXPECTED_COUNT,
      numPassedTests: EXPECTED_COUNT,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
    });
    const ran = Object.fromEntries(
      testResults.map((file) => [
        path.relative(RECIPES_DIR, file.name),
        file.assertionResults.map((test) => `${test.status}: ${test.title}`),
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(EXPECTED).map(([file, titles]) => [
        file,
        titles.map((title) => `passed: ${title}`),
      ]),
    );
    expect(ran, failures()).toEqual(expected);
  });

  it("covers every recipe test file of fixtures/recipes", () => {
    expect(files.filter((file) => file.endsWith(".test.ts"))).toEqual(Object.keys(EXPECTED).sort());
  });

  it("compiles every recipe file (strict) against the installed packages", () => {
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.result.code, describeRun("tsc (recipes)", compiled.result)).toBe(0);
  });

  it("is shown in the README the mock's tarball ships, each file as it is", async () => {
    const readme = await readFile(
      path.join(projectDir, "node_modules", "@switchboard", "mock", "README.md"),
      "utf8",
    );
    const section = /^## Recipes\n([\s\S]*?)(?=^## )/m.exec(`${readme}\n## `)?.[1] ?? "";
    const blocks = [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(([, code]) => code);
    for (const file of files) {
      const source = await readFile(path.join(RECIPES, file), "utf8");
      expect(blocks, `README "Recipes" has no block holding ${file}`).toContain(source);
    }
  });
});
