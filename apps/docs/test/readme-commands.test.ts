/**
 * The commands the README's "Everyday commands" table tells people to run are root scripts, and
 * `pnpm <name>` runs each of them: a name pnpm hands to npm instead (`pnpm docs` opens npm's
 * website) fails here. Tried in a scratch project whose scripts only say which one ran.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT } from "./support.js";

const run = promisify(execFile);

const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
const table = /^## Everyday commands\n([\s\S]*?)(?=^## )/m.exec(`${readme}\n## `)?.[1] ?? "";
const commands = [...table.matchAll(/^\| `pnpm ([\w:-]+)`/gm)].map((match) => match[1]!);
const scripts = (
  JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "switchboard-commands-"));
  const echoes = Object.fromEntries(commands.map((name) => [name, `echo ran-${name}`]));
  await writeFile(
    path.join(scratch, "package.json"),
    JSON.stringify({ name: "scratch", private: true, scripts: echoes }),
  );
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

test("the README lists the everyday commands", () => {
  expect(commands).toContain("build:docs");
  expect(commands.length).toBeGreaterThanOrEqual(8);
});

describe.each(commands)("pnpm %s", (name) => {
  test("is a root script", () => {
    expect(Object.keys(scripts)).toContain(name);
  });

  test("runs that script, not a command of pnpm's or npm's own", async () => {
    // As typed: with --silent, pnpm runs a script it otherwise hands to npm.
    const result = await run("pnpm", [name], {
      cwd: scratch,
      timeout: 30_000,
      env: { ...process.env, BROWSER: "false", npm_config_browser: "false" },
    }).catch((error: { stdout?: string; stderr?: string }) => error);
    expect(result.stdout?.split("\n"), result.stderr).toContain(`ran-${name}`);
  });
});
