import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { redocCodeSampleLanguages, withCodeSamples } from "./code-samples/redoc-code-samples.js";
import { withCurationNotesInDescriptions } from "./curation-notes.js";
import { externalResources } from "./external-resources.js";
import { decodeHtml } from "./html.js";
import { redocTagRoute } from "./redoc-anchor.js";
import type { VendorModel } from "./site-model.js";

const run = promisify(execFile);

/**
 * The vendor extensions the reference pages show (Redoc hides `x-` fields unless listed).
 * Curation notes are not among them: they are moved into descriptions, which Redoc shows on
 * more kinds of node (see curation-notes.ts).
 */
export const SHOWN_EXTENSIONS = ["x-provenance"] as const;

/** Our page template: Redoc's default, plus a strict CSP and a link back to the landing page. */
export const REFERENCE_TEMPLATE = path.resolve(import.meta.dirname, "../templates/reference.html");

/**
 * The Redocly logo Redoc 3 shows under its menu ("API docs by"), fetched from cdn.redoc.ly
 * whatever the options say. Replaced by inline images so the page loads nothing.
 */
const REDOCLY_LOGOS: Readonly<Record<string, string>> = {
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg": svgDataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="54" height="16" viewBox="0 0 54 16"><text x="0" y="12" font-family="system-ui,sans-serif" font-size="12" font-weight="600" fill="#0044d4">Redocly</text></svg>`,
  ),
  "https://cdn.redoc.ly/redoc/logo-mini.svg": svgDataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0044d4"/><text x="8" y="12" text-anchor="middle" font-family="system-ui,sans-serif" font-size="11" font-weight="700" fill="#fff">R</text></svg>`,
  ),
};

export interface ReferencePageOptions {
  vendor: VendorModel;
  /** The vendor's bundled spec. */
  document: unknown;
  /** The Redocly config (redocly.yaml) that names the API. */
  configPath: string;
  /** The HTML file to write. */
  outputFile: string;
}

/** The page's title: the spec's title, then the site's name. */
export function referenceTitle(vendor: VendorModel): string {
  return `${vendor.title} — Switchboard`;
}

/** The `redocly build-docs` arguments for one vendor's reference page, rendering `specFile`. */
export function buildDocsArgs(
  { vendor, configPath, outputFile }: Omit<ReferencePageOptions, "document">,
  specFile: string,
): string[] {
  return [
    "build-docs",
    specFile,
    `--config=${configPath}`,
    // Redoc and the spec inside the page, instead of a <script> from cdn.redocly.com.
    "--inlineBundle",
    `--output=${outputFile}`,
    `--title=${referenceTitle(vendor)}`,
    `--template=${REFERENCE_TEMPLATE}`,
    `--openapi.showExtensions=${SHOWN_EXTENSIONS.join(",")}`,
    // Accepted into Redoc's options, but build-docs then sets the page's `disableTelemetry`
    // from REDOCLY_TELEMETRY and the config's `telemetry` (see checkReferencePage).
    "--openapi.disableTelemetry=true",
  ];
}

/** The installed Redocly CLI's entry script (`@redocly/cli`'s `redocly` bin). */
export function redoclyBin(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve("@redocly/cli/package.json");
  const { bin } = require(packageJson) as { bin: Record<string, string> };
  const entry = bin.redocly;
  if (entry === undefined) throw new Error("@redocly/cli has no `redocly` bin");
  return path.join(path.dirname(packageJson), entry);
}

/**
 * Renders one vendor's reference page with `redocly build-docs`, then makes sure it is
 * self-contained: the Redocly logo inlined, no resource from another origin, telemetry off,
 * the curation extensions shown, and the tag routes our operation links rely on present.
 */
export async function buildReferencePage(options: ReferencePageOptions): Promise<void> {
  const folder = await mkdtemp(path.join(tmpdir(), `switchboard-docs-${options.vendor.name}-`));
  const specFile = path.join(folder, "openapi.json");
  const shown = withCodeSamples(withCurationNotesInDescriptions(options.document), options.vendor);
  await writeFile(specFile, JSON.stringify(shown));
  const args = [redoclyBin(), ...buildDocsArgs(options, specFile)];
  try {
    await run(process.execPath, args, {
      cwd: path.dirname(options.configPath),
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: "off",
        REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
        NO_COLOR: "1",
      },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `redocly build-docs ${options.vendor.api} failed:\n${stdout}${stderr}`.trimEnd(),
      { cause: error },
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const html = withCodeSampleLanguages(
    inlineRedoclyLogos(await readFile(options.outputFile, "utf8")),
    redocCodeSampleLanguages(options.vendor),
  );
  checkReferencePage(html, options.vendor);
  await writeFile(options.outputFile, html, "utf8");
}

/**
 * The page with Redoc's `codeSamples.languages` option set to the code samples' labels (Redoc 3
 * shows no `x-codeSamples` entry whose label that list lacks). Set in the page rather than by
 * a flag: build-docs takes no arrays as flags, and any `--openapi.*` flag replaces the config's
 * `openapi` section whole.
 */
export function withCodeSampleLanguages(
  html: string,
  languages: readonly { lang: string; label: string }[],
): string {
  const options = redocOptions(html);
  if (options === undefined) throw new Error("the page has no Redoc options");
  // `<` escaped: the JSON sits inside a <script>.
  const updated = JSON.stringify({ ...options, codeSamples: { languages } }).replace(
    /</g,
    "\\u003c",
  );
  // A function replacement: `$` in the JSON stays as it is.
  return html.replace(
    /const __redoc_options = \{.*?\};\n/,
    () => `const __redoc_options = ${updated};\n`,
  );
}

/** The page with Redoc's CDN logo URLs replaced by inline images. */
export function inlineRedoclyLogos(html: string): string {
  let result = html;
  for (const [url, replacement] of Object.entries(REDOCLY_LOGOS)) {
    result = result.replaceAll(url, replacement);
  }
  return result;
}

/** Throws unless a built reference page is what the site needs. */
export function checkReferencePage(html: string, vendor: VendorModel): void {
  const problems: string[] = [];
  const external = externalResources(html);
  if (external.length > 0) problems.push(`loads from other origins: ${external.join(", ")}`);
  for (const url of Object.keys(REDOCLY_LOGOS)) {
    if (html.includes(url)) problems.push(`still loads ${url}`);
  }
  const options = redocOptions(html);
  if (options?.disableTelemetry !== true) {
    problems.push("Redoc's telemetry is not disabled (is REDOCLY_TELEMETRY=off set?)");
  }
  const shown = String(options?.showExtensions ?? "").split(",");
  for (const extension of SHOWN_EXTENSIONS) {
    if (!shown.includes(extension)) problems.push(`Redoc does not show ${extension}`);
  }
  const menuLinks = new Set(
    [...html.matchAll(/\bhref="([^"]*)"/g)].map((m) => safeDecodeUri(decodeHtml(m[1] ?? ""))),
  );
  for (const operation of vendor.operations) {
    const route = operation.tags[0] === undefined ? undefined : redocTagRoute(operation.tags[0]);
    if (route !== undefined && !menuLinks.has(route)) {
      problems.push(`Redoc's menu has no ${route} for ${operation.operationId}'s tag`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`reference/${vendor.name}.html:\n  ${problems.join("\n  ")}`);
  }
}

/** The options build-docs wrote into the page (`const __redoc_options = {...};`). */
export function redocOptions(html: string): Record<string, unknown> | undefined {
  const json = /const __redoc_options = (\{.*?\});\n/.exec(html)?.[1];
  return json === undefined ? undefined : (JSON.parse(json) as Record<string, unknown>);
}

function svgDataUri(svg: string): string {
  // encodeURIComponent leaves no quote, backtick or `${`: safe inside Redoc's JS strings.
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
