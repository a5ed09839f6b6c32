import { parseArgs } from "node:util";
import { runGate } from "./gate.js";
import { git } from "./git.js";

export const USAGE = `Usage: switchboard-spec-diff [--verbose]

Compares every spec manifest.json lists with its version at the base and fails (exit 1) when a
change that breaks existing callers has no major changeset for that vendor's package in
.changeset/.
The base is SPEC_DIFF_BASE if set, else the newest @switchboard/*@* release tag, else the merge
base of HEAD and origin/main; with none of these there is nothing to compare, and it exits 0.
--verbose also lists the changes that are not breaking. Exit 2: the gate could not run.`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

const defaultIo: Io = { out: console.log, err: console.error, env: process.env };

/** The CLI: runs the gate in the repository around `cwd` and returns the exit code. */
export async function main(args: string[], cwd: string, io: Io = defaultIo): Promise<number> {
  try {
    const { values } = parseArgs({
      args,
      options: {
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const repoRoot = git(cwd, ["rev-parse", "--show-toplevel"]).trim();
    const result = await runGate({ repoRoot, env: io.env, verbose: values.verbose });
    (result.exitCode === 0 ? io.out : io.err)(result.lines.join("\n"));
    return result.exitCode;
  } catch (error) {
    io.err(`spec-diff: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
