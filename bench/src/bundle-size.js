// @ts-check
// Bundle size (minified + gzipped) of each vendor client and of the facade, next to
// openapi-fetch alone, measured by size-limit with the root .size-limit.js.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { REFERENCE_NAME } from "../../.size-limit.js";
import { repoRoot } from "./servers.js";

const run = promisify(execFile);

export async function bundleSize() {
  const { stdout } = await run("pnpm", ["exec", "size-limit", "--json"], {
    cwd: repoRoot,
    maxBuffer: 16 * 1024 * 1024,
    // size-limit exits 1 when a budget is missed; its JSON still says which.
  }).catch((error) => {
    if (typeof error.stdout === "string" && error.stdout.trim().startsWith("[")) return error;
    throw new Error(`size-limit failed: ${error.stderr || error.message}`);
  });
  /** @type {{ name: string, size: number, passed?: boolean, sizeLimit?: number }[]} */
  const results = JSON.parse(stdout);
  const reference = results.find((entry) => entry.name === REFERENCE_NAME);
  if (!reference) throw new Error(`.size-limit.js has no "${REFERENCE_NAME}" entry`);
  return {
    reference: { name: reference.name, bytes: reference.size },
    entries: results
      .filter((entry) => entry !== reference)
      .map((entry) => ({
        name: entry.name,
        bytes: entry.size,
        limitBytes: entry.sizeLimit ?? null,
        passed: entry.passed !== false,
      })),
  };
}
