/**
 * The one vitest workspace: a project per workspace package that has a `test/` folder, named
 * after the package. Each package's `test` task runs its own project
 * (`vitest run --project $npm_package_name`), so turbo caches suites one by one; `vitest run`
 * here runs them all. What a suite needs beyond the defaults is said once, below.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

type ProjectOptions = NonNullable<TestProjectInlineConfiguration["test"]>;

/** Suites that start the gateway once per run, and share its journal: one file at a time. */
const againstTheGateway = (testTimeout: number): ProjectOptions => ({
  globalSetup: ["./test/support/global-setup.ts"],
  fileParallelism: false,
  testTimeout,
});

const SUITES: Readonly<Record<string, ProjectOptions>> = {
  "tests/contract": againstTheGateway(20_000),
  "tests/reliability": againstTheGateway(60_000),
  "tests/facade": againstTheGateway(20_000),
  // Each vendor's own SDK, unpatched, against the gateway.
  "tests/vendor-sdks": againstTheGateway(20_000),
  // One gateway and one Chromium at a time: two browsers on 2 cores only slow each other.
  "tests/browser": { ...againstTheGateway(60_000), hookTimeout: 60_000, isolate: true },
  // Packs and installs every publishable package once; type checks run two at a time.
  "tests/consumer": {
    globalSetup: ["./test/support/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxConcurrency: 2,
    isolate: true,
  },
  // Building the docs site runs Redocly once per vendor; bundling a spec, or running the codegen
  // CLI twice, takes a minute or more when turbo runs every suite at once on 2 cores.
  "apps/docs": { testTimeout: 120_000 },
  "tools/codegen": { testTimeout: 180_000 },
  "tools/spec-diff": { testTimeout: 120_000 },
};

/**
 * Suites run a second time over the MSW transport (the engine in each test file's process, no
 * port): what they test is the engine's, so both transports must pass the same cases. Left out:
 * what tests node:http itself (raw request targets, declared lengths, chunked bodies), and the
 * 307s a client follows with its body, which MSW's fetch interceptor turns into a network error
 * (it does not keep the body to send again; mswjs/interceptors#627).
 */
const OVER_MSW: Readonly<Record<string, { exclude: string[] }>> = {
  "tests/contract": { exclude: ["test/hostile-input.test.ts", "test/url-forms.test.ts"] },
};

const ROOT = fileURLToPath(new URL(".", import.meta.url));
const PACKAGE_FOLDERS = ["packages", "apps", "tools", "tests"];

function projects(): TestProjectInlineConfiguration[] {
  return [...packageProjects(), ...mswProjects()];
}

function packageName(folder: string): string {
  return (
    JSON.parse(readFileSync(path.join(ROOT, folder, "package.json"), "utf8")) as { name: string }
  ).name;
}

/** `<package> over MSW`: the suite's files (but the excluded), each with the handlers installed. */
function mswProjects(): TestProjectInlineConfiguration[] {
  return Object.entries(OVER_MSW).map(([folder, { exclude }]) => ({
    extends: true,
    test: {
      name: `${packageName(folder)} over MSW`,
      root: path.join(ROOT, folder),
      include: ["test/**/*.test.ts"],
      exclude,
      globalSetup: ["./test/support/msw-global-setup.ts"],
      setupFiles: ["./test/support/msw-handlers.ts"],
      // Each file installs its own handlers: a module registry of its own.
      isolate: true,
      fileParallelism: false,
      testTimeout: 20_000,
    },
  }));
}

function packageProjects(): TestProjectInlineConfiguration[] {
  return PACKAGE_FOLDERS.flatMap((parent) =>
    readdirSync(path.join(ROOT, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
      .filter(
        (folder) =>
          existsSync(path.join(ROOT, folder, "test", "")) &&
          existsSync(path.join(ROOT, folder, "package.json")),
      )
      .map((folder) => ({
        extends: true,
        test: {
          name: packageName(folder),
          root: path.join(ROOT, folder),
          include: ["test/**/*.test.ts"],
          typecheck: {
            enabled: true,
            include: ["test/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
          ...SUITES[folder],
        },
      })),
  );
}

export default defineConfig({
  test: {
    // Offline: Redocly (codegen, docs) would report usage otherwise.
    env: { REDOCLY_TELEMETRY: "off" },
    // Guards, not speed checks: turbo runs every suite at once on 2 shared cores, where a test
    // that takes a second alone may take ten.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A worker's modules are loaded once for all its files, not once per file: the mock's suite
    // runs in a third of the time (its files import Prism). The files share no mutable module
    // state; those that set up their own world (browsers, installs, MSW) keep isolation below.
    isolate: false,
    projects: projects(),
  },
});
