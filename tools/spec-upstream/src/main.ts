import { parseArgs } from "node:util";
import { driftReport } from "./drift-report.js";
import { formatJson, formatText } from "./format.js";
import { findRepoRoot, loadCurated, loadUpstream, UsageError } from "./load.js";

export const USAGE = `Usage: switchboard-spec-upstream <vendor> <upstream> [--json]

Compares the curated spec of <vendor> (a name in manifest.json, e.g. twilio-flex) with the
vendor's published OpenAPI document <upstream> (a file path or an http(s) URL; JSON or YAML),
operation by operation, and prints what differs. Lines marked ! are requests the vendor accepts
and ours refuses. Exit 1 when there is one, 0 otherwise, 2 for a usage error.`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = { out: console.log, err: console.error };

/** The CLI: returns the exit code. `cwd` is where relative paths and the repository are found. */
export async function main(args: string[], cwd: string, io: Io = defaultIo): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          json: { type: "boolean", default: false },
          help: { type: "boolean", default: false },
        },
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const [vendor, upstreamSource, ...extra] = positionals;
    if (vendor === undefined || upstreamSource === undefined || extra.length > 0) {
      throw new UsageError(
        `expected exactly two arguments, <vendor> and <upstream>, got ${positionals.length}\n\n${USAGE}`,
      );
    }
    const ours = loadCurated(findRepoRoot(cwd), vendor);
    const upstream = await loadUpstream(upstreamSource, cwd);
    const report = driftReport(vendor, ours, upstream);
    io.out(values.json ? formatJson(report) : formatText(report));
    return report.exitCode;
  } catch (error) {
    io.err(`spec-upstream: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
