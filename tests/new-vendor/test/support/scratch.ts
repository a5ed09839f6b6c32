/**
 * A scratch copy of the repository in the OS temp folder: the files git knows (committed or
 * not ignored) as they are in the working tree, without this suite, as a git repository of its
 * own so the steps' changes can be listed.
 */
import { execFile, spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");

/** This suite's folder, left out of the copy: the copy's `pnpm test` must not run it again. */
const THIS_SUITE = "tests/new-vendor/";

export interface Scratch {
  root: string;
  /** Runs a shell command in the copy; rejects with its output's tail when it fails. */
  run(command: string, timeoutMs: number): Promise<string>;
  /** `git status --porcelain` paths, relative to the copy: what changed since the copy was made. */
  changedFiles(): Promise<string[]>;
  remove(): Promise<void>;
}

export async function createScratch(): Promise<Scratch> {
  const root = await mkdtemp(path.join(tmpdir(), "switchboard-new-vendor-"));
  const { stdout } = await exec(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  const files = stdout.split("\0").filter((file) => file !== "" && !file.startsWith(THIS_SUITE));
  for (const file of files) {
    const to = path.join(root, file);
    await mkdir(path.dirname(to), { recursive: true });
    // A file deleted in the working tree but still in the index is not part of the copy.
    await copyFile(path.join(REPO_ROOT, file), to).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
  const git = (...args: string[]) => exec("git", args, { cwd: root });
  await git("init", "-q");
  await git("add", "-A");
  await git(
    "-c",
    "user.name=scratch",
    "-c",
    "user.email=scratch@example.invalid",
    "commit",
    "-qm",
    "copy",
  );

  return {
    root,
    run: (command, timeoutMs) => runIn(root, command, timeoutMs),
    async changedFiles() {
      const { stdout: status } = await git("status", "--porcelain", "--untracked-files=all");
      return status
        .split("\n")
        .filter(Boolean)
        .map((line) => line.slice(3))
        .sort();
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

const TAIL_CHARS = 6_000;

/** Lines that say what failed in turbo's, vitest's and tsc's output. */
const FAILURE = /\bFailed:|\bFAIL\b|ERR_|error TS\d+|AssertionError|\bERROR\b|×/;

function runIn(cwd: string, command: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", command], {
      cwd,
      env: { ...process.env, CI: "true", TURBO_TELEMETRY_DISABLED: "1", REDOCLY_TELEMETRY: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const failures: string[] = [];
    const collect = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      for (const line of text.split("\n")) if (FAILURE.test(line)) failures.push(line);
      output = (output + text).slice(-64 * TAIL_CHARS);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else {
        const why = signal ? `was killed (${signal}, limit ${timeoutMs} ms)` : `exited ${code}`;
        const summary = failures.slice(0, 80).join("\n");
        reject(
          new Error(
            `\`${command}\` in ${cwd} ${why}.\nWhat failed:\n${summary}\n\nThe end of its output:\n${output.slice(-TAIL_CHARS)}`,
          ),
        );
      }
    });
  });
}
