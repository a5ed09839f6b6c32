import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite, formatBytes, type BuiltSite } from "../src/build-site.js";
import { CURATION_NOTE_LABEL } from "../src/curation-notes.js";
import { externalResources } from "../src/external-resources.js";
import { escapeHtml } from "../src/html.js";
import { redocOptions } from "../src/reference-pages.js";
import { renderLanding } from "../src/render-landing.js";
import { bundledSpecs, mockGuide, pathItemOperations } from "./support.js";

type Json = Record<string, unknown>;

const specs = bundledSpecs.map(({ vendor, document }) => ({
  name: vendor.name,
  document,
  operations: Object.values(document.paths as Json).flatMap((item) =>
    pathItemOperations(item).map(([, operation]) => operation),
  ),
}));

/** Every `x-curation-note` in a JSON tree. */
function curationNotes(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(curationNotes);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "x-curation-note" && typeof value === "string" ? [value] : curationNotes(value),
  );
}

/** The spec Redoc renders, as build-docs embedded it in the page. */
function embeddedDefinition(html: string): Json {
  const json = /const __redoc_definition = (\{.*?\});\n/.exec(html)?.[1];
  if (json === undefined) throw new Error("no __redoc_definition in the page");
  return JSON.parse(json) as Json;
}

let outDir: string;
let site: BuiltSite;
beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), "switchboard-docs-"));
  await writeFile(path.join(outDir, "stale.html"), "left over from an old build");
  site = await buildSite({ outDir });
}, 240_000);
afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

test("empties the folder, then writes index.html, llms.txt and one reference page per API, nothing else", async () => {
  const written = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .sort();
  const expected = [
    "index.html",
    "llms.txt",
    "mock.html",
    "assets/code-samples.js",
    ...specs.map(({ name }) => `reference/${name}.html`),
    "assets/try-it.js",
    ...specs.map(({ name }) => `try/${name}.html`),
  ].sort();
  expect(written).toEqual(expected);
  expect(site.files.map((file) => file.path).sort()).toEqual(expected);
  for (const file of site.files) expect(file.bytes).toBeGreaterThan(1000);
});

test("index.html is the landing page of the specs' model", async () => {
  expect(site.model.vendors.map((vendor) => vendor.name)).toEqual(specs.map((s) => s.name));
  expect(await readFile(path.join(outDir, "index.html"), "utf8")).toBe(
    renderLanding(site.model, mockGuide),
  );
});

test.each([
  [512, "512 B"],
  [2048, "2.0 KiB"],
  [2.5 * 1024 * 1024, "2.50 MiB"],
])("formatBytes(%d) is %s", (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});

describe.each(specs)("the reference page of $name", ({ name, document, operations }) => {
  let html: string;
  beforeAll(async () => {
    html = await readFile(path.join(outDir, "reference", `${name}.html`), "utf8");
  });

  test("is a standards-mode page titled after the spec, linking back to the landing page", () => {
    expect(html.slice(0, 40)).toMatch(/^<!doctype html>\s*<html lang="en">/i);
    const title = (document.info as Json).title as string;
    expect(html.match(/<title>[^<]*<\/title>/)?.[0]).toBe(
      `<title>${escapeHtml(`${title} — Switchboard`).replace(/&#39;/g, "&#x27;")}</title>`,
    );
    expect(html.includes(`href="../index.html"`)).toBe(true);
  });

  test("renders this spec: every operation and its summary", () => {
    const embedded = embeddedDefinition(html);
    expect((embedded.info as Json).title).toBe((document.info as Json).title);
    const embeddedIds = Object.values(embedded.paths as Record<string, Json>).flatMap((item) =>
      Object.values(item)
        .map((op) => (op as Json).operationId)
        .filter(Boolean),
    );
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) {
      expect(embeddedIds).toContain(operation.operationId);
      expect(html.includes(operation.summary as string), operation.summary as string).toBe(true);
    }
  });

  test("carries every curation note, in a description, and shows the provenance", () => {
    const notes = curationNotes(document);
    const embedded = embeddedDefinition(html);
    // Moved, not copied: Redoc shows descriptions on more kinds of node than extensions.
    expect(curationNotes(embedded)).toEqual([]);
    const descriptions = JSON.stringify(embedded);
    for (const note of notes) {
      expect(descriptions).toContain(JSON.stringify(`${CURATION_NOTE_LABEL} ${note}`).slice(1, -1));
    }
    const shown = String(redocOptions(html)?.showExtensions).split(",");
    expect(shown).toEqual(["x-provenance"]);
    expect(redocOptions(html)?.disableTelemetry).toBe(true);
  });

  test("shows a code sample per client on every operation (x-codeSamples, labelled)", () => {
    const embedded = embeddedDefinition(html);
    for (const item of Object.values(embedded.paths as Record<string, Json>)) {
      for (const operation of Object.values(item) as Json[]) {
        if (typeof operation.operationId !== "string") continue;
        const samples = operation["x-codeSamples"] as { label: string; source: string }[];
        expect(
          samples.slice(0, 3).map((s) => s.label),
          operation.operationId,
        ).toEqual(["curl", "Facade", "Client"]);
        for (const sample of samples) expect(sample.source.length).toBeGreaterThan(0);
        // Redoc 3 shows only the samples whose label its codeSamples option lists.
        const listed = (
          redocOptions(html)?.codeSamples as { languages: { label: string }[] }
        ).languages.map((language) => language.label);
        for (const sample of samples) expect(listed).toContain(sample.label);
      }
    }
  });

  test("loads nothing from another origin", () => {
    // Matches, not the 2.5 MB page, are what a failure prints.
    expect(html.match(/<script\b[^>]*\bsrc\s*=\s*["']?(https?:)?\/\/[^>]*>/i)?.[0]).toBeUndefined();
    expect(html.match(/<link\b[^>]*\bhref\s*=\s*["']?(https?:)?\/\/[^>]*>/i)?.[0]).toBeUndefined();
    expect(html.match(/fonts\.(googleapis|gstatic)\.com/)?.[0]).toBeUndefined();
    expect(html.match(/cdn\.redoc\.ly\/redoc\/logo[\w.-]*/)?.[0]).toBeUndefined();
    expect(externalResources(html)).toEqual([]);
    expect(html.match(/http-equiv="Content-Security-Policy"\s+content="[^"]*"/)?.[0]).toMatch(
      /content="default-src 'none';/,
    );
  });
});
