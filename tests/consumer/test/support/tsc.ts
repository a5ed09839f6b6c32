/**
 * The workspace's own TypeScript compiling files inside the consumer project (none is installed
 * there), as a consumer's compiler would, and the `@ts-expect-error` lines of a file turned
 * into plain comments, to prove those lines really fail.
 */
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { run, type RunResult } from "./consumer.js";

const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** The two ways a consumer resolves the packages: Node's own, and a bundler's. */
export const RESOLUTIONS = {
  node16: { module: "node16", moduleResolution: "node16" },
  bundler: { module: "esnext", moduleResolution: "bundler" },
} as const;
export type Resolution = keyof typeof RESOLUTIONS;

export interface Diagnostic {
  file: string;
  line: number;
  code: string;
  message: string;
}

/** Writes `tsconfig.<name>.json` for `files` into the project, then runs tsc on it. */
export async function compile(
  projectDir: string,
  name: string,
  compilerOptions: Record<string, unknown>,
  files: string[],
): Promise<{ result: RunResult; diagnostics: Diagnostic[] }> {
  const config = `tsconfig.${name}.json`;
  const tsconfig = {
    compilerOptions: { target: "ES2022", strict: true, noEmit: true, ...compilerOptions },
    files,
  };
  await writeFile(path.join(projectDir, config), `${JSON.stringify(tsconfig, null, 2)}\n`);
  const result = await run(process.execPath, [TSC, "-p", config, "--pretty", "false"], {
    cwd: projectDir,
    timeoutMs: 90_000,
  });
  const diagnostics = [
    ...result.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm),
  ].map(([, file, line, code, message]) => ({
    file: file!,
    line: Number(line),
    code: code!,
    message: message!,
  }));
  return { result, diagnostics };
}

const DIRECTIVE = /^(\s*)\/\/ @ts-expect-error\b(.*)$/;

/** A `// @ts-expect-error` directive: the 1-based line it stands above, and what it says. */
export interface Directive {
  line: number;
  reason: string;
}

/**
 * The source with each `// @ts-expect-error` turned into a plain comment (same lines, same
 * numbers), the 1-based lines the directives stood above (the lines that must now fail), and
 * each directive's reason (the rest of its comment), to tell the lines' failures apart.
 */
export function withoutDirectives(source: string): {
  unchecked: string;
  errorLines: number[];
  directives: Directive[];
} {
  const lines = source.split("\n");
  const directives = lines.flatMap((line, index) => {
    const match = DIRECTIVE.exec(line);
    return match ? [{ line: index + 2, reason: match[2]!.trim() }] : [];
  });
  return {
    unchecked: lines
      .map((line) =>
        line.replace(DIRECTIVE, "$1// (directive removed: the next line must not compile)"),
      )
      .join("\n"),
    errorLines: directives.map((directive) => directive.line),
    directives,
  };
}
