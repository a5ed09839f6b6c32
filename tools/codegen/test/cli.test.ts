import { execFile } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { removeWorkspace, scratchWorkspace } from "./support/fixture-workspace.js";

// The built CLI, as `pnpm generate` runs it (turbo builds codegen before its tests).
const BIN = path.resolve(import.meta.dirname, "../bin/switchboard-codegen.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function codegen(cwd: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
    });
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

let root: string;
beforeEach(async () => {
  root = await scratchWorkspace();
});
afterEach(() => removeWorkspace(root));

describe("switchboard-codegen --spec <file> --out <src folder>", () => {
  test("writes one spec's client source into the folder, and nothing else", async () => {
    const out = path.join(root, "fixture-client/src");
    const before = await filesUnder(root);
    const run = await codegen(root, "--spec", "specs/mini.yaml", "--out", out);
    expect(run).toMatchObject({ code: 0, stdout: "generated 7 files\n" });
    expect(await filesUnder(out)).toEqual([
      "client.ts",
      "generated/metadata.ts",
      "generated/openapi.json",
      "generated/response-validators.ts",
      "generated/schema.ts",
      "generated/validators.ts",
      "index.ts",
    ]);
    const all = await filesUnder(root);
    expect(all.filter((file) => !file.startsWith("fixture-client/"))).toEqual(before);
    const client = await readFile(path.join(out, "client.ts"), "utf8");
    expect(client).toContain("export function createMiniClient({");
    expect(client).toContain("accountId: string;");
  });

  test("--check passes on what it wrote, and names a file edited by hand", async () => {
    const out = path.join(root, "out");
    await codegen(root, "--spec", "specs/mini.yaml", "--out", out);
    expect(await codegen(root, "--spec", "specs/mini.yaml", "--out", out, "--check")).toMatchObject(
      { code: 0, stdout: "7 generated files match the specs.\n" },
    );
    await writeFile(path.join(out, "index.ts"), "// hand edit\n");
    const run = await codegen(root, "--spec", "specs/mini.yaml", "--out", out, "--check");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Generated files differ from the specs:\n  ${path.join("out", "index.ts")}\nRun \`switchboard-codegen --spec specs/mini.yaml --out ${out}\` again.\n`,
    );
  });

  test.each([
    ["--spec", "specs/mini.yaml"],
    ["--out", "out"],
  ])("refuses %s without its pair", async (...args) => {
    const run = await codegen(root, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--spec and --out go together");
  });
});

describe("switchboard-codegen (the workspace)", () => {
  test("finds redocly.yaml above the working folder, writes, then --check passes", async () => {
    const specs = path.join(root, "specs");
    const stale = await codegen(specs, "--check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("../packages/mini/src/client.ts");
    expect(stale.stderr).toContain("Run `pnpm generate` and commit the result.");

    expect(await codegen(specs)).toMatchObject({ code: 0, stdout: "generated 16 files\n" });
    expect(await codegen(specs, "--check")).toMatchObject({
      code: 0,
      stdout: "16 generated files match the specs.\n",
    });
  });
});
