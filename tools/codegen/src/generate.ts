import { readFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { getMergedConfig, type Config } from "@redocly/openapi-core";
import { bundleSpec } from "./bundle-spec.js";
import { renderMetadata } from "./render-metadata.js";
import { renderTypes } from "./render-types.js";
import { renderValidators } from "./render-validators.js";
import type { ApiTarget } from "./targets.js";

export interface GeneratedFile {
  path: string;
  contents: string;
}

/** Everything generated from one spec: the bundled document, its types, metadata and validators. */
export async function generateApi(target: ApiTarget, config: Config): Promise<GeneratedFile[]> {
  // The API's own rule overrides in redocly.yaml apply to its bundle and types too.
  const apiConfig = getMergedConfig(config, target.name);
  const document = await bundleSpec(target.specFile, apiConfig);
  return [
    {
      path: path.join(target.outDir, "openapi.json"),
      contents: `${JSON.stringify(document, null, 2)}\n`,
    },
    { path: target.typesFile, contents: await renderTypes(document, apiConfig) },
    { path: path.join(target.outDir, "metadata.ts"), contents: renderMetadata(document) },
    { path: path.join(target.outDir, "validators.ts"), contents: renderValidators(document) },
  ];
}

/** The files whose contents on disk differ from what the specs produce (or that are missing). */
export async function findStaleFiles(files: GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(file.path, "utf8").catch(() => undefined);
    if (current !== file.contents) stale.push(file.path);
  }
  return stale;
}

export async function writeGeneratedFiles(files: GeneratedFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(file.path), { recursive: true });
    await writeFile(file.path, file.contents, "utf8");
  }
}
