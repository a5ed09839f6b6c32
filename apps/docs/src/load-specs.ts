import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SpecMetadata } from "@switchboard/client-runtime";
import { loadWorkspace } from "@switchboard/codegen";
import type { SpecInput } from "./site-model.js";

/** The repository's redocly.yaml, found from this package upwards. */
export function findRedoclyConfig(from: string = import.meta.dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "redocly.yaml");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`No redocly.yaml found above ${from}`);
  }
}

/**
 * Every API of redocly.yaml (read by codegen's `loadWorkspace`) with its bundled spec and the
 * metadata its package exports. The gateway prefix is the package folder, which must be the
 * spec's base name.
 */
export async function loadSpecs(configPath: string): Promise<SpecInput[]> {
  const { targets } = await loadWorkspace(configPath);
  return Promise.all(
    targets.map(async (target): Promise<SpecInput> => {
      const packageDir = path.resolve(target.outDir, "../..");
      const prefix = path.basename(packageDir);
      const specName = path.basename(target.specFile, path.extname(target.specFile));
      if (specName !== prefix) {
        throw new Error(
          `${target.name}: spec ${specName} is generated into package folder ${prefix}; the gateway prefix needs them equal`,
        );
      }
      const packageJson = JSON.parse(
        await readFile(path.join(packageDir, "package.json"), "utf8"),
      ) as { name: string };
      const document = JSON.parse(
        await readFile(path.join(target.outDir, "openapi.json"), "utf8"),
      ) as Record<string, unknown>;
      return {
        apiName: target.name,
        prefix,
        packageName: packageJson.name,
        document,
        metadata: await packageMetadata(packageJson.name),
      };
    }),
  );
}

async function packageMetadata(packageName: string): Promise<SpecMetadata> {
  let module: { metadata?: SpecMetadata };
  try {
    module = (await import(packageName)) as { metadata?: SpecMetadata };
  } catch (error) {
    throw new Error(
      `Cannot import ${packageName}: add it to @switchboard/docs' dependencies and build it`,
      { cause: error },
    );
  }
  if (module.metadata === undefined) throw new Error(`${packageName} exports no metadata`);
  return module.metadata;
}
