/**
 * Does the heavy lifting once for the run: packs every publishable package with `pnpm pack`
 * (which rewrites `workspace:` and `catalog:` ranges to real versions), then installs all the
 * tarballs with one `npm install` into a throwaway project in the OS temp folder, outside the
 * workspace: no workspace links, no path aliases, third-party dependencies from the registry.
 * The same install brings vitest and msw, at the workspace catalog's versions, as the project's
 * devDependencies: the README's recipes run there with `npx vitest run` (test/recipes.test.ts).
 *
 * The project also gets a copy of the workspace's `manifest.json`: what the scripts and type
 * checks run there iterate over.
 *
 * The packages must be built first; turbo's `test` task builds them (`^build`): the facade,
 * the runtime and the mock are this package's devDependencies, the vendor clients the facade's
 * dependencies. `SWITCHBOARD_KEEP_CONSUMER=1` keeps the temp folder.
 */
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "@switchboard/test-support";
import type { TestProject } from "vitest/node";

import {
  describeRun,
  npmEnvironment,
  run,
  type ConsumerProject,
  type Tarball,
} from "./consumer.js";
import { MSW, PUBLISHED, VITEST } from "./published.js";

const PACK_TIMEOUT_MS = 60_000;
// Ten seconds on a quiet machine; minutes when every suite runs at once on 2 cores.
const INSTALL_TIMEOUT_MS = 600_000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(tmpdir(), "switchboard-consumer-"));
  const keep = process.env.SWITCHBOARD_KEEP_CONSUMER === "1";
  const teardown = async () => {
    if (keep) console.log(`consumer suite: kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  };
  try {
    if (!path.relative(REPO_ROOT, root).startsWith("..")) {
      throw new Error(`the temp folder ${root} is inside the workspace ${REPO_ROOT}`);
    }
    const packStarted = performance.now();
    const tarballs = await packAll(path.join(root, "tarballs"));
    const packMs = Math.round(performance.now() - packStarted);

    const projectDir = path.join(root, "project");
    const installStarted = performance.now();
    await install(projectDir, tarballs);
    await copyFile(path.join(REPO_ROOT, "manifest.json"), path.join(projectDir, "manifest.json"));
    const installMs = Math.round(performance.now() - installStarted);

    for (const tarball of tarballs) {
      console.log(
        `consumer suite: ${path.basename(tarball.file)} ${(tarball.bytes / 1024).toFixed(1)} KiB`,
      );
    }
    console.log(
      `consumer suite: packed ${tarballs.length} packages in ${packMs} ms, npm install took ${installMs} ms, project ${projectDir}`,
    );
    const consumer: ConsumerProject = { root, projectDir, tarballs, packMs, installMs };
    project.provide("consumer", consumer);
    return teardown;
  } catch (error) {
    await teardown();
    throw new Error(`consumer suite: setup failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** `pnpm pack` in each package folder; two at a time (2 cores). */
async function packAll(destination: string): Promise<Tarball[]> {
  await mkdir(destination, { recursive: true });
  const queue = [...PUBLISHED];
  const tarballs: Tarball[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      tarballs.push(await pack(next.name, path.join(REPO_ROOT, next.folder), destination));
    }
  };
  await Promise.all([worker(), worker()]);
  return PUBLISHED.map(({ name }) => tarballs.find((tarball) => tarball.name === name)!);
}

async function pack(name: string, folder: string, destination: string): Promise<Tarball> {
  const result = await run("pnpm", ["pack", "--pack-destination", destination, "--json"], {
    cwd: folder,
    timeoutMs: PACK_TIMEOUT_MS,
  });
  if (result.code !== 0) throw new Error(describeRun(`pnpm pack in ${folder}`, result));
  let reported: { name?: unknown; version?: unknown; filename?: unknown };
  try {
    reported = JSON.parse(result.stdout) as typeof reported;
  } catch {
    throw new Error(`pnpm pack in ${folder} printed no JSON report:\n${result.stdout}`);
  }
  if (reported.name !== name || typeof reported.filename !== "string") {
    throw new Error(
      `pnpm pack in ${folder} packed ${String(reported.name)} (${String(reported.filename)}), expected ${name}`,
    );
  }
  const file = path.resolve(destination, reported.filename);
  const { size } = await stat(file);
  return { name, version: String(reported.version), file, bytes: size };
}

/**
 * An `npm init -y` style project (ESM) whose devDependencies are vitest and msw, then every
 * tarball in one `npm install` (which installs the devDependencies too).
 */
async function install(projectDir: string, tarballs: Tarball[]): Promise<void> {
  await mkdir(projectDir, { recursive: true });
  const packageJson = {
    name: "switchboard-consumer",
    version: "1.0.0",
    private: true,
    description: "A throwaway project installing the packed Switchboard packages",
    license: "MIT",
    type: "module",
    devDependencies: { [MSW.name]: MSW.version, [VITEST.name]: VITEST.version },
  };
  await writeFile(
    path.join(projectDir, "package.json"),
    `${JSON.stringify(packageJson, null, 2)}\n`,
  );
  const args = [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    ...tarballs.map((tarball) => tarball.file),
  ];
  const result = await run("npm", args, {
    cwd: projectDir,
    timeoutMs: INSTALL_TIMEOUT_MS,
    env: npmEnvironment(),
  });
  if (result.code !== 0) throw new Error(describeRun(`npm ${args.join(" ")}`, result));
}
