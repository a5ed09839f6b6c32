import { readFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { getMergedConfig, type Config } from "@redocly/openapi-core";
import { describeVendor, type VendorManifest } from "@switchboard/client-runtime/spec";
import { bundleSpec } from "./bundle-spec.js";
import { formatGenerated } from "./format.js";
import type { OpenApiDocument } from "./openapi-document.js";
import { renderClient, renderIndex } from "./render-client.js";
import { renderManifest } from "./render-manifest.js";
import { renderMockVendors } from "./render-mock-vendors.js";
import { renderMetadata } from "./render-metadata.js";
import { renderPackageJson, renderReadme, TSCONFIG, TSCONFIG_BUILD } from "./render-package.js";
import { renderFacadePackageJson, renderRegistry } from "./render-registry.js";
import { renderResponseValidators } from "./render-response-validators.js";
import { renderTypes } from "./render-types.js";
import { renderValidators } from "./render-validators.js";
import { replaceVendorTables } from "./vendor-tables.js";
import type { ApiTarget, Workspace } from "./workspace.js";

export interface GeneratedFile {
  path: string;
  contents: string;
}

export interface GeneratedVendor {
  vendor: VendorManifest;
  /** The bundled spec the files were generated from. */
  document: OpenApiDocument;
  files: GeneratedFile[];
}

/**
 * A vendor's source from its spec, into `srcDir` (default `<package>/src`): `index.ts` and
 * `client.ts`, and in `generated/` the bundled spec, its types, run-time metadata, and request
 * and response validators. Formatted as the workspace's prettier config says, wherever `srcDir` is.
 */
export async function generateVendorSources(
  target: ApiTarget,
  config: Config,
  srcDir = path.join(target.packageDir, "src"),
): Promise<GeneratedVendor> {
  // The API's own rule overrides in redocly.yaml apply to its bundle and types too.
  const apiConfig = getMergedConfig(config, target.api);
  const document = await bundleSpec(target.specFile, apiConfig);
  const vendor = describeVendor(target, document);
  const serverUrl = document.servers?.[0]?.url;
  if (serverUrl === undefined) throw new Error(`${target.api}: the spec lists no server`);
  const generated = path.join(srcDir, "generated");
  return {
    vendor,
    document,
    files: await formatGenerated(
      [
        { path: path.join(srcDir, "index.ts"), contents: renderIndex(vendor) },
        { path: path.join(srcDir, "client.ts"), contents: renderClient(vendor, serverUrl) },
        {
          path: path.join(generated, "openapi.json"),
          contents: `${JSON.stringify(document, null, 2)}\n`,
        },
        {
          path: path.join(generated, "schema.ts"),
          contents: await renderTypes(document, apiConfig),
        },
        { path: path.join(generated, "metadata.ts"), contents: renderMetadata(document) },
        { path: path.join(generated, "validators.ts"), contents: renderValidators(document) },
        {
          path: path.join(generated, "response-validators.ts"),
          contents: renderResponseValidators(document),
        },
      ],
      config.configFile,
    ),
  };
}

/**
 * Everything `pnpm generate` writes: each vendor package whole (but its `test/`), the manifest,
 * the facade's vendor registry and dependencies, the mock's vendor types, and the vendor tables
 * of the READMEs.
 */
export async function generateWorkspace({
  root,
  config,
  targets,
}: Workspace): Promise<GeneratedFile[]> {
  const license = await readOptional(path.join(root, "LICENSE"));
  const generated = await Promise.all(
    targets.map(async (target) => {
      const { vendor, document, files } = await generateVendorSources(target, config);
      const dir = target.packageDir;
      const current = await readOptional(path.join(dir, "package.json"));
      const version =
        current === undefined ? "0.0.0" : String(JSON.parse(current).version ?? "0.0.0");
      const packageFiles = await formatGenerated(
        [
          { path: path.join(dir, "package.json"), contents: renderPackageJson(vendor, version) },
          { path: path.join(dir, "tsconfig.json"), contents: TSCONFIG },
          { path: path.join(dir, "tsconfig.build.json"), contents: TSCONFIG_BUILD },
          { path: path.join(dir, "README.md"), contents: renderReadme(vendor, document) },
          ...(license === undefined
            ? []
            : [{ path: path.join(dir, "LICENSE"), contents: license }]),
        ],
        config.configFile,
      );
      return { vendor, document, files: [...files, ...packageFiles] };
    }),
  );
  const vendors = generated.map(({ vendor }) => vendor);
  const files: GeneratedFile[] = [
    { path: path.join(root, "manifest.json"), contents: renderManifest(vendors) },
  ];

  const facade = path.join(root, "packages/sdk");
  const facadePackage = await readOptional(path.join(facade, "package.json"));
  if (facadePackage !== undefined) {
    files.push(
      { path: path.join(facade, "src/generated/vendors.ts"), contents: renderRegistry(vendors) },
      {
        path: path.join(facade, "package.json"),
        contents: renderFacadePackageJson(facadePackage, vendors),
      },
    );
  }
  const mock = path.join(root, "apps/mock");
  if ((await readOptional(path.join(mock, "package.json"))) !== undefined) {
    files.push({
      path: path.join(mock, "src/generated/manifest-vendors.ts"),
      contents: renderMockVendors(generated),
    });
  }
  for (const readme of ["README.md", "specs/README.md"]) {
    const file = path.join(root, readme);
    const text = await readOptional(file);
    const replaced = text === undefined ? undefined : replaceVendorTables(text, vendors);
    if (replaced !== undefined) files.push({ path: file, contents: replaced });
  }
  return [
    ...generated.flatMap(({ files }) => files),
    ...(await formatGenerated(files, config.configFile)),
  ];
}

/** The files whose contents on disk differ from what the specs produce (or that are missing). */
export async function findStaleFiles(files: GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    if ((await readOptional(file.path)) !== file.contents) stale.push(file.path);
  }
  return stale;
}

export async function writeGeneratedFiles(files: GeneratedFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(file.path), { recursive: true });
    await writeFile(file.path, file.contents, "utf8");
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
