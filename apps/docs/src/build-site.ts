import { copyFile, mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CODE_SAMPLES_SCRIPT } from "./code-samples/landing-samples.js";
import { buildReferencePage } from "./reference-pages.js";
import { renderLanding } from "./render-landing.js";
import { renderLlmsTxt } from "./llms-txt.js";
import { mockGuideLinks, readMockReadme, renderMockPage } from "./mock-page.js";
import { buildSiteModel, type SiteModel } from "./site-model.js";
import { findRepositoryRoot, loadVendorSpecs } from "./vendor-specs.js";
import { writeTryPages } from "./try-it/write-try-pages.js";
import { withTryItLinks } from "./try-it/try-links.js";

/** The site folder the package builds by default: `apps/docs/dist/`. */
export const DEFAULT_OUT_DIR = path.resolve(import.meta.dirname, "../dist");

export interface BuildSiteOptions {
  /** Where the site goes; emptied first. */
  outDir?: string;
  /** The repository root: its `manifest.json` lists the vendors, its `redocly.yaml` configures Redoc. */
  root?: string;
}

export interface BuiltFile {
  /** Relative to the site root, with `/` separators: `index.html`, `reference/<name>.html`. */
  path: string;
  bytes: number;
}

export interface BuiltSite {
  outDir: string;
  model: SiteModel;
  files: BuiltFile[];
}

/** Builds the whole site from the specs: `index.html` and `reference/<name>.html` per vendor API. */
export async function buildSite(options: BuildSiteOptions = {}): Promise<BuiltSite> {
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT_DIR);
  const root = path.resolve(options.root ?? findRepositoryRoot());
  const specs = await loadVendorSpecs(root);
  const model = buildSiteModel(specs);
  const documents = new Map(specs.map(({ vendor, document }) => [vendor.name, document]));

  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, "reference"), { recursive: true });
  const mockReadme = await readMockReadme(root);
  await writeFile(
    path.join(outDir, "index.html"),
    renderLanding(model, mockGuideLinks(mockReadme)),
    "utf8",
  );
  await writeFile(path.join(outDir, "mock.html"), renderMockPage(mockReadme), "utf8");
  // The landing page's code-sample tabs and copy buttons, served from the site's own origin.
  await mkdir(path.join(outDir, "assets"), { recursive: true });
  await copyFile(
    path.resolve(import.meta.dirname, "../templates/code-samples.js"),
    path.join(outDir, CODE_SAMPLES_SCRIPT),
  );
  await writeFile(path.join(outDir, "llms.txt"), renderLlmsTxt(model), "utf8");
  await Promise.all(
    model.vendors.map((vendor) =>
      buildReferencePage({
        vendor,
        document: withTryItLinks(documents.get(vendor.name), vendor.name),
        configPath: path.join(root, "redocly.yaml"),
        outputFile: path.join(outDir, vendor.referencePage),
      }),
    ),
  );

  const tryFiles = await writeTryPages(outDir, model, specs);

  const relativePaths = [
    "index.html",
    "llms.txt",
    "mock.html",
    CODE_SAMPLES_SCRIPT,
    ...model.vendors.map((vendor) => vendor.referencePage),
    ...tryFiles,
  ];
  const files = await Promise.all(
    relativePaths.map(async (file) => ({
      path: file,
      bytes: (await stat(path.join(outDir, file))).size,
    })),
  );
  return { outDir, model, files };
}

/** `12.3 KiB` / `2.46 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const { outDir, model, files } = await buildSite();
  const operations = model.vendors.reduce((sum, vendor) => sum + vendor.operations.length, 0);
  const width = Math.max(...files.map((file) => file.path.length));
  console.log(`Docs site in ${path.relative(process.cwd(), outDir) || "."}/:`);
  for (const file of files) {
    console.log(`  ${file.path.padEnd(width)}  ${formatBytes(file.bytes).padStart(10)}`);
  }
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  console.log(
    `  ${"total".padEnd(width)}  ${formatBytes(total).padStart(10)}  (${files.length} files, ${model.vendors.length} APIs, ${operations} operations, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (error instanceof Error && error.cause instanceof Error) console.error(error.cause.message);
    process.exitCode = 1;
  });
}
