import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteModel } from "../site-model.js";
import type { VendorSpec } from "../vendor-specs.js";
import { tryItScript } from "./page-script-asset.js";
import { renderTryPage, TRY_SCRIPT_ASSET } from "./render-try-page.js";
import { tryPageModel } from "./try-page-model.js";

/** Writes `try/<prefix>.html` per vendor and their script; returns the files, relative to `outDir`. */
export async function writeTryPages(
  outDir: string,
  model: SiteModel,
  specs: readonly VendorSpec[],
): Promise<string[]> {
  const byName = new Map(specs.map((spec) => [spec.vendor.name, spec]));
  await mkdir(path.join(outDir, "try"), { recursive: true });
  await mkdir(path.join(outDir, path.dirname(TRY_SCRIPT_ASSET)), { recursive: true });
  await writeFile(path.join(outDir, TRY_SCRIPT_ASSET), await tryItScript(), "utf8");
  const pages = await Promise.all(
    model.vendors.map(async (vendor) => {
      const spec = byName.get(vendor.name);
      if (spec === undefined) throw new Error(`${vendor.name}: no bundled spec`);
      const page = tryPageModel(vendor, spec.vendor, spec.document);
      await writeFile(path.join(outDir, page.href), renderTryPage(page), "utf8");
      return page.href;
    }),
  );
  return [TRY_SCRIPT_ASSET, ...pages];
}
