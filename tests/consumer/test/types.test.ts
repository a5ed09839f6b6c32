/**
 * The installed packages' types, as a consumer's compiler sees them: a file importing every
 * vendor client, the facade and the mock gateway compiles under node16 and under bundler
 * resolution, strict. Its `@ts-expect-error` lines (a Twilio `Status: "open"`, not one of
 * "closed" | "inactive") prove the types are the generated ones, and a copy without those
 * directives must fail on exactly those lines, on the enum, proving the check can fail.
 *
 * The workspace's own TypeScript compiles the consumer's files; none is installed there.
 */
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";

import { describeRun, FIXTURES, run, type RunResult } from "../support/consumer.js";

const { projectDir } = inject("consumer");
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const CHECKED = "consumer-types.ts";
const UNCHECKED = "consumer-types-unchecked.ts";
const DIRECTIVE = /^(\s*)\/\/ @ts-expect-error\b.*$/;
/** The published declarations are checked too, as a consumer with `skipLibCheck: false` would. */
const SKIP_LIB_CHECK = false;

const RESOLUTIONS = {
  node16: { module: "node16", moduleResolution: "node16" },
  bundler: { module: "esnext", moduleResolution: "bundler" },
} as const;
type Resolution = keyof typeof RESOLUTIONS;

interface Diagnostic {
  file: string;
  line: number;
  code: string;
  message: string;
}

/** The lines (1-based) the `@ts-expect-error` directives stand above. */
let expectedErrorLines: number[] = [];

beforeAll(async () => {
  const source = await readFile(path.join(FIXTURES, CHECKED), "utf8");
  const lines = source.split("\n");
  expectedErrorLines = lines.flatMap((line, index) => (DIRECTIVE.test(line) ? [index + 2] : []));
  // Same lines, same numbers: only the directives turn into plain comments.
  const unchecked = lines.map((line) =>
    line.replace(DIRECTIVE, "$1// (directive removed: the next line must not compile)"),
  );
  await copyFile(path.join(FIXTURES, CHECKED), path.join(projectDir, CHECKED));
  await writeFile(path.join(projectDir, UNCHECKED), unchecked.join("\n"));
});

/** Writes a consumer tsconfig for one resolution mode and file, then runs tsc on it. */
async function compile(
  resolution: Resolution,
  file: string,
  skipLibCheck: boolean,
): Promise<{ result: RunResult; diagnostics: Diagnostic[] }> {
  const name = `tsconfig.${resolution}.${path.basename(file, ".ts")}.${skipLibCheck ? "skiplib" : "fulllib"}.json`;
  const tsconfig = {
    compilerOptions: {
      ...RESOLUTIONS[resolution],
      target: "ES2022",
      strict: true,
      noEmit: true,
      skipLibCheck,
    },
    files: [file],
  };
  await writeFile(path.join(projectDir, name), `${JSON.stringify(tsconfig, null, 2)}\n`);
  const result = await run(process.execPath, [TSC, "-p", name, "--pretty", "false"], {
    cwd: projectDir,
    timeoutMs: 90_000,
  });
  const diagnostics = [
    ...result.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm),
  ].map(([, diagnosticFile, line, code, message]) => ({
    file: diagnosticFile!,
    line: Number(line),
    code: code!,
    message: message!,
  }));
  return { result, diagnostics };
}

describe.concurrent.each(Object.keys(RESOLUTIONS) as Resolution[])(
  "a consumer compiling with %s resolution",
  (resolution) => {
    it("compiles the file using every client, the facade and the gateway (strict)", async () => {
      const { result } = await compile(resolution, CHECKED, SKIP_LIB_CHECK);
      expect(result.code, describeRun(`tsc (${resolution})`, result)).toBe(0);
      expect(result.stdout.trim()).toBe("");
    });

    it("fails on each @ts-expect-error line once the directive is gone, on the enum", async () => {
      expect(expectedErrorLines.length).toBeGreaterThanOrEqual(2);
      const { result, diagnostics } = await compile(resolution, UNCHECKED, SKIP_LIB_CHECK);
      expect(result.code, result.stdout).not.toBe(0);
      expect(result.stdout.match(/error TS\d+/g)?.length ?? 0, result.stdout).toBe(
        diagnostics.length,
      );
      expect(diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line}`)).toEqual(
        expectedErrorLines.map((line) => `${UNCHECKED}:${line}`),
      );
      for (const diagnostic of diagnostics) {
        expect(diagnostic.code).toBe("TS2322");
        expect(diagnostic.message).toContain(`Type '"open"' is not assignable`);
        // TypeScript prints the union in whichever order it built it.
        expect(diagnostic.message).toMatch(/'"closed" \| "inactive"'|'"inactive" \| "closed"'/);
      }
    });
  },
);
