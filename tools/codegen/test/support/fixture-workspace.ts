import { cp, mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  generateVendorSources,
  generateWorkspace,
  loadWorkspace,
  type GeneratedFile,
  type GeneratedVendor,
} from "../../src/index.js";

/** The repository root, and the fixture workspace codegen's tests generate. */
export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, "../../../..");
export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

/**
 * A scratch copy of the fixture workspace in a temporary folder, so a test may edit it, with
 * the repository's prettier settings (codegen formats what it writes by them).
 */
export async function scratchWorkspace(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "codegen-"));
  await cp(FIXTURES, root, { recursive: true });
  await cp(path.join(REPOSITORY_ROOT, ".prettierrc.json"), path.join(root, ".prettierrc.json"));
  return root;
}

export function removeWorkspace(root: string): Promise<void> {
  return rm(root, { recursive: true, force: true });
}

/**
 * Makes code generated in `root` able to import `@switchboard/client-runtime` (the built
 * package), and to extend the repository's shared tsconfig, as a vendor package does.
 */
export async function linkRepository(root: string): Promise<void> {
  const scope = path.join(root, "node_modules", "@switchboard");
  await mkdir(scope, { recursive: true });
  await symlink(
    path.join(REPOSITORY_ROOT, "packages/client-runtime"),
    path.join(scope, "client-runtime"),
    "dir",
  );
  await cp(path.join(REPOSITORY_ROOT, "tsconfig.base.json"), path.join(root, "tsconfig.base.json"));
}

/** What `pnpm generate` would write in the workspace at `root`. */
export async function generate(root: string): Promise<GeneratedFile[]> {
  return generateWorkspace(await loadWorkspace(path.join(root, "redocly.yaml")));
}

/** The fixture API's client source alone, from the spec at `specFile`, into `srcDir`. */
export async function generateSources(
  root: string,
  specFile: string,
  srcDir: string,
): Promise<GeneratedVendor> {
  const { config } = await loadWorkspace(path.join(root, "redocly.yaml"));
  const spec = path.relative(root, specFile).split(path.sep).join("/");
  return generateVendorSources(
    { api: "mini@v1", specFile, spec, packageDir: path.dirname(srcDir) },
    config,
    srcDir,
  );
}

/** Paths relative to `root`, with `/` separators. */
export function relativePaths(
  root: string,
  files: readonly { path: string }[] | readonly string[],
): string[] {
  return files.map((file) =>
    path
      .relative(root, typeof file === "string" ? file : file.path)
      .split(path.sep)
      .join("/"),
  );
}

/** The contents of the generated file at `relative` (to `root`); throws when there is none. */
export function contentsOf(
  root: string,
  files: readonly GeneratedFile[],
  relative: string,
): string {
  const file = files.find((candidate) => candidate.path === path.join(root, relative));
  if (file === undefined) throw new Error(`${relative} was not generated`);
  return file.contents;
}
