/**
 * What `pnpm pack` produced and what npm installed from it: one tarball per publishable
 * package, no workspace-only ranges left in them, and every `@switchboard/*` package installed
 * from those tarballs (none fetched from the registry, none nested in another's node_modules).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

import { manifestVendors } from "@switchboard/test-support";

import { describeRun, npmEnvironment, run } from "./support/consumer.js";
import { PUBLISHED } from "./support/published.js";

const { projectDir, tarballs } = inject("consumer");
const DEPENDENCY_FIELDS = [
  "dependencies",
  "peerDependencies",
  "optionalDependencies",
  "devDependencies",
] as const;

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

interface Lockfile {
  packages: Record<string, { version?: string; resolved?: string; link?: boolean }>;
}

async function installedManifest(name: string): Promise<Manifest> {
  const file = path.join(projectDir, "node_modules", name, "package.json");
  return JSON.parse(await readFile(file, "utf8")) as Manifest;
}

describe("pnpm pack", () => {
  it("packs each publishable package into one tarball named after it", () => {
    expect(tarballs.map((tarball) => tarball.name)).toEqual(PUBLISHED.map(({ name }) => name));
    for (const tarball of tarballs) {
      const expected = `${tarball.name.replace("@", "").replace("/", "-")}-${tarball.version}.tgz`;
      expect(path.basename(tarball.file)).toBe(expected);
      expect(tarball.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(tarball.bytes).toBeGreaterThan(1024);
    }
  });

  it("leaves no workspace: or catalog: range in a packed manifest", async () => {
    for (const { name } of PUBLISHED) {
      const manifest = await installedManifest(name);
      for (const field of DEPENDENCY_FIELDS) {
        for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
          expect(range, `${name} ${field}.${dependency}`).not.toMatch(/^(workspace|catalog):/);
        }
      }
    }
  });
});

describe("npm install of all the tarballs at once", () => {
  it("installs every package from its tarball, at the packed version", async () => {
    const lock = JSON.parse(
      await readFile(path.join(projectDir, "package-lock.json"), "utf8"),
    ) as Lockfile;
    for (const tarball of tarballs) {
      const entry = lock.packages[`node_modules/${tarball.name}`];
      expect(entry, tarball.name).toBeDefined();
      expect(entry!.link, `${tarball.name} is a link`).toBeFalsy();
      expect(entry!.version).toBe(tarball.version);
      expect(entry!.resolved).toBe(
        `file:${path.relative(projectDir, tarball.file).split(path.sep).join("/")}`,
      );
      expect((await installedManifest(tarball.name)).version).toBe(tarball.version);
    }
  });

  it("fetches no @switchboard package from the registry and nests none", async () => {
    const lock = JSON.parse(
      await readFile(path.join(projectDir, "package-lock.json"), "utf8"),
    ) as Lockfile;
    const switchboard = Object.entries(lock.packages).filter(([key]) =>
      /(^|\/)node_modules\/@switchboard\//.test(key),
    );
    expect(switchboard.map(([key]) => key).sort()).toEqual(
      tarballs.map((tarball) => `node_modules/${tarball.name}`).sort(),
    );
    for (const [key, entry] of switchboard) {
      expect(entry.resolved, key).toMatch(/^file:/);
    }
  });

  it("satisfies every dependency (npm ls), the @switchboard ones with the packed tarballs", async () => {
    const result = await run("npm", ["ls", "--all", "--json"], {
      cwd: projectDir,
      timeoutMs: 60_000,
      env: npmEnvironment(),
    });
    expect(result.code, describeRun("npm ls --all --json", result)).toBe(0);
    const tree = JSON.parse(result.stdout) as NpmTree;
    expect(tree.problems ?? []).toEqual([]);
    const versions = new Map(tarballs.map((tarball) => [tarball.name, tarball.version]));
    const resolved: string[] = [];
    for (const { name } of PUBLISHED) {
      const node = tree.dependencies?.[name];
      expect(node?.version, name).toBe(versions.get(name));
      for (const [dependency, child] of Object.entries(node?.dependencies ?? {})) {
        if (!dependency.startsWith("@switchboard/")) continue;
        resolved.push(`${name} → ${dependency}`);
        expect(child.version, `${name} → ${dependency}`).toBe(versions.get(dependency));
        expect(child.invalid ?? child.missing ?? false, `${name} → ${dependency}`).toBe(false);
      }
    }
    expect(resolved.sort()).toEqual((await declaredInternalDependencies()).sort());
  });

  it("links each vendor client to the runtime, and the facade to every vendor client", async () => {
    const internal = await declaredInternalDependencies();
    for (const { packageName } of manifestVendors()) {
      expect(internal).toContain(`${packageName} → @switchboard/client-runtime`);
      expect(internal).toContain(`@switchboard/sdk → ${packageName}`);
    }
    expect(internal).toContain("@switchboard/mock → @switchboard/client-runtime");
  });
});

/** `package → @switchboard/dependency` for every internal dependency the packed manifests declare. */
async function declaredInternalDependencies(): Promise<string[]> {
  const edges: string[] = [];
  for (const { name } of PUBLISHED) {
    const { dependencies = {} } = await installedManifest(name);
    for (const dependency of Object.keys(dependencies)) {
      if (dependency.startsWith("@switchboard/")) edges.push(`${name} → ${dependency}`);
    }
  }
  return edges;
}

interface NpmTree {
  version?: string;
  problems?: string[];
  invalid?: string;
  missing?: boolean;
  dependencies?: Record<string, NpmTree>;
}
