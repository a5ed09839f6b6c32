import path from "node:path";
import { loadConfig, type Config } from "@redocly/openapi-core";

/** One API of redocly.yaml and the package folder its generated code goes to. */
export interface ApiTarget {
  /** The API's name in redocly.yaml, e.g. `twilio-flex@v1`. */
  name: string;
  /** Absolute path of the spec. */
  specFile: string;
  /** Absolute path of the generated folder (the folder of `x-openapi-ts.output`). */
  outDir: string;
  /** Absolute path openapi-typescript writes to (`x-openapi-ts.output`). */
  typesFile: string;
}

export interface Workspace {
  config: Config;
  targets: ApiTarget[];
}

/** Reads the one Redocly config; it lists every API and where its code is generated. */
export async function loadWorkspace(configPath: string): Promise<Workspace> {
  const config = await loadConfig({ configPath });
  const root = path.dirname(path.resolve(configPath));
  const targets = Object.entries(config.apis).map(([name, api]): ApiTarget => {
    const output = (api as { "x-openapi-ts"?: { output?: unknown } })["x-openapi-ts"]?.output;
    if (typeof output !== "string") {
      throw new Error(`${configPath}: API "${name}" needs an x-openapi-ts.output path`);
    }
    const typesFile = path.resolve(root, output);
    return {
      name,
      specFile: path.resolve(root, api.root),
      outDir: path.dirname(typesFile),
      typesFile,
    };
  });
  return { config, targets };
}
