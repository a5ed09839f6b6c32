import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { readWorkingTreeSpec } from "../src/load-spec.js";
import type { JsonObject, OpenApiDocument } from "../src/openapi.js";
import { workingTreeSpecs } from "../src/specs.js";

const FIXTURE = readFileSync(new URL("./fixtures/things.yaml", import.meta.url), "utf8");

/** A fresh copy of test/fixtures/things.yaml, to edit. */
export function things(): OpenApiDocument {
  return parse(FIXTURE) as OpenApiDocument;
}

export function thingsYaml(edit?: (document: OpenApiDocument) => void): string {
  if (!edit) return FIXTURE;
  const document = things();
  edit(document);
  return stringify(document);
}

/** The object at `keys` inside `document`, for a test to edit. */
export function obj(document: unknown, ...keys: string[]): JsonObject {
  const found = keys.reduce<unknown>((node, key) => (node as JsonObject)[key], document);
  if (typeof found !== "object" || found === null || Array.isArray(found)) {
    throw new Error(`No object at ${keys.join(".")}`);
  }
  return found as JsonObject;
}

export function arr(document: unknown, ...keys: string[]): unknown[] {
  const found = keys.reduce<unknown>((node, key) => (node as JsonObject)[key], document);
  if (!Array.isArray(found)) throw new Error(`No array at ${keys.join(".")}`);
  return found;
}

export const schema = (document: unknown, name: string, ...keys: string[]) =>
  obj(document, "components", "schemas", name, ...keys);

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Every spec the repository's manifest.json lists, parsed. */
export function repoSpecs(): { spec: string; document: OpenApiDocument }[] {
  return [...workingTreeSpecs(REPO_ROOT).keys()].map((spec) => ({
    spec,
    document: readWorkingTreeSpec(REPO_ROOT, spec),
  }));
}

/**
 * manifest.json as codegen writes it, with the fields the gate reads: `things` lists
 * `specs/things.yaml`, published as `@switchboard/things`; `["things", "@acme/things"]` names
 * the package.
 */
export function manifestJson(...vendors: (string | [name: string, packageName: string])[]): string {
  const entries = vendors.map((vendor) => {
    const [name, packageName] =
      typeof vendor === "string" ? [vendor, `@switchboard/${vendor}`] : vendor;
    return { name, spec: `specs/${name}.yaml`, packageName, packageDir: `packages/${name}` };
  });
  return `${JSON.stringify({ vendors: entries }, null, 2)}
`;
}

/** A throwaway git repository with an author, for the gate and base-ref tests. */
export class TempRepo {
  readonly root = mkdtempSync(path.join(tmpdir(), "spec-diff-"));
  private clock = Date.UTC(2025, 0, 1) / 1000;

  constructor() {
    this.git("init", "--quiet", "--initial-branch=main");
  }

  git(...args: string[]): string {
    // A commit clock that moves forward, so tags sort by date deterministically.
    const date = `${(this.clock += 60)} +0000`;
    return execFileSync("git", args, {
      cwd: this.root,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Test",
        GIT_AUTHOR_EMAIL: "test@example.com",
        GIT_COMMITTER_NAME: "Test",
        GIT_COMMITTER_EMAIL: "test@example.com",
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_CONFIG_GLOBAL: "/dev/null",
        GIT_CONFIG_NOSYSTEM: "1",
      },
    });
  }

  write(file: string, text: string): void {
    mkdirSync(path.dirname(path.join(this.root, file)), { recursive: true });
    writeFileSync(path.join(this.root, file), text);
  }

  remove(file: string): void {
    rmSync(path.join(this.root, file));
  }

  commit(message: string): string {
    this.git("add", "--all");
    this.git("commit", "--quiet", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD").trim();
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
