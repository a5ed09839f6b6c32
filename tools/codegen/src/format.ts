import path from "node:path";
import * as prettier from "prettier";
import type { GeneratedFile } from "./generate.js";

/**
 * Generated files that live beside hand-written ones (a vendor package's `client.ts` and
 * README, the manifest, the facade's package.json) are formatted as the workspace's prettier
 * config says, so `prettier --check` passes without exempting them. The config is the one of
 * `configFile` (the workspace's redocly.yaml), so the output is the same wherever it is
 * written. Everything in a `generated/` folder is left as its generator writes it.
 */
export async function formatGenerated(
  files: GeneratedFile[],
  configFile: string | undefined,
): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (path.basename(path.dirname(file.path)) === "generated") return file;
      const { inferredParser } = await prettier.getFileInfo(file.path);
      if (inferredParser === null) return file;
      const options = (await prettier.resolveConfig(configFile ?? file.path)) ?? {};
      return {
        ...file,
        contents: await prettier.format(file.contents, { ...options, filepath: file.path }),
      };
    }),
  );
}
