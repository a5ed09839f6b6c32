import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const BIN = path.resolve(import.meta.dirname, "../bin/switchboard-spec-upstream.js");
const REPO = path.resolve(import.meta.dirname, "fixtures/repo");

/** Runs the built bin inside the fixture repository (its manifest lists one vendor, acme). */
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, INIT_CWD: REPO };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd: REPO,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("switchboard-spec-upstream", () => {
  it("prints each difference under its operation and side, and exits 1 for a narrower enum", async () => {
    const { code, stdout } = await run("acme", "upstream-wider.yaml");
    expect(stdout).toContain("updateWidget (POST /v1/Widgets/{WidgetSid})\n  request\n");
    expect(stdout).toContain(
      '    ! body.status enum-missing-ours: ours (none), upstream ["paused"]\n',
    );
    expect(stdout).toContain(
      '    - body.label field-missing-upstream: ours "present", upstream (none)\n',
    );
    expect(stdout).toContain("    - query.dryRun parameter-missing-upstream");
    expect(code).toBe(1);
  });

  it("prints the same report as JSON with --json", async () => {
    const { code, stdout } = await run("acme", "upstream-wider.yaml", "--json");
    const report = JSON.parse(stdout) as {
      exitCode: number;
      operations: { request: { location: string }[] }[];
    };
    expect(report.exitCode).toBe(1);
    expect(report.operations[0]?.request.map((difference) => difference.location)).toContain(
      "body.status",
    );
    expect(code).toBe(1);
  });

  it("exits 0 when nothing the vendor accepts is refused", async () => {
    const { code, stdout } = await run("acme", "../upstream.yaml");
    expect(stdout).toBe(
      "updateWidget (POST /v1/Widgets/{WidgetSid})\n  no differences\nNothing the vendor accepts is refused by the curated spec.\n",
    );
    expect(code).toBe(0);
  });

  it.each([
    {
      args: ["nope", "upstream-wider.yaml"],
      message: '<vendor> "nope": must be a vendor name from manifest.json (acme)',
    },
    { args: ["acme", "missing.json"], message: "<upstream> missing.json: not a readable file" },
    {
      args: ["acme", "manifest.json"],
      message: "<upstream> manifest.json: not an OpenAPI document",
    },
    { args: ["acme"], message: "expected exactly two arguments, <vendor> and <upstream>, got 1" },
    { args: ["acme", "upstream-wider.yaml", "--yaml"], message: "Unknown option '--yaml'" },
  ])("exits 2 naming the argument and the rule: $args", async ({ args, message }) => {
    const { code, stderr } = await run(...args);
    expect(stderr).toContain(`spec-upstream: ${message}`);
    expect(code).toBe(2);
  });
});
