import { existsSync } from "node:fs";
import path from "node:path";
import { loadConfig, type Config } from "@redocly/openapi-core";
import { vendorNameOf } from "@switchboard/client-runtime/spec";

/** One API of redocly.yaml: its spec, and the vendor package generated from it. */
export interface ApiTarget {
  /** The API's name in redocly.yaml, e.g. `twilio-flex@v1`. */
  api: string;
  /** Absolute path of the spec. */
  specFile: string;
  /** The spec relative to the workspace root, with `/` separators: `specs/twilio-flex.yaml`. */
  spec: string;
  /** Absolute path of the vendor package: `<root>/packages/<vendor name>`. */
  packageDir: string;
}

export interface Workspace {
  /** The folder of redocly.yaml. */
  root: string;
  config: Config;
  /** In redocly.yaml's order: the order of the manifest, the facade and the docs. */
  targets: ApiTarget[];
}

/** Reads the one list of vendor APIs, the `apis:` of redocly.yaml. */
export async function loadWorkspace(configPath: string): Promise<Workspace> {
  const config = await loadConfig({ configPath });
  const root = path.dirname(path.resolve(configPath));
  const targets = Object.entries(config.apis).map(([api, { root: spec }]): ApiTarget => {
    const name = vendorNameOf(api);
    const specFile = path.resolve(root, spec);
    const expected = `${name}.yaml`;
    if (path.basename(specFile) !== expected) {
      throw new Error(
        `${configPath}: API "${api}" must have its spec in a file named ${expected}, got ${spec}`,
      );
    }
    return {
      api,
      specFile,
      spec: path.relative(root, specFile).split(path.sep).join("/"),
      packageDir: path.join(root, "packages", name),
    };
  });
  return { root, config, targets };
}

/** The nearest redocly.yaml at or above `from`. */
export function findWorkspaceConfig(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "redocly.yaml");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`No redocly.yaml at or above ${from}`);
  }
}
