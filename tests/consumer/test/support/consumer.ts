/**
 * What the global setup hands the tests (`inject("consumer")`), and running a command with its
 * output kept, which both sides do.
 */
import { spawn } from "node:child_process";

export interface Tarball {
  /** The package name `pnpm pack` reported. */
  name: string;
  version: string;
  /** Absolute path of the `.tgz`. */
  file: string;
  bytes: number;
}

export interface ConsumerProject {
  /** The temporary folder holding `tarballs/` and `project/`, outside the workspace. */
  root: string;
  /** The throwaway npm project the tarballs are installed into. */
  projectDir: string;
  tarballs: Tarball[];
  packMs: number;
  installMs: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    consumer: ConsumerProject;
  }
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to its end (or kills it at `timeoutMs`) and keeps everything it printed. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n[killed after ${options.timeoutMs} ms]`;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`could not run ${command}: ${error.message}`, { cause: error }));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

/** A failed command, as one readable message. */
export function describeRun(what: string, result: RunResult): string {
  return [
    `${what} exited with ${result.code ?? result.signal}`,
    result.stdout.trim() && `stdout:\n${result.stdout.trim()}`,
    result.stderr.trim() && `stderr:\n${result.stderr.trim()}`,
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * The environment without what pnpm sets for the scripts it runs (its user agent, its own
 * settings, the calling package's fields), so npm behaves as in a user's shell.
 */
export function npmEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^(pnpm_|npm_package_|npm_lifecycle_|npm_command$|npm_execpath$|npm_node_execpath$|npm_config_(user_agent|verify_deps_before_run)$)/i.test(
          key,
        ),
    ),
  );
}
