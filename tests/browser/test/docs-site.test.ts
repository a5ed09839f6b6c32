/**
 * The docs site in Chromium, served by the gateway: the landing page and every reference page
 * show every operation of the specs, every landing link resolves, no request leaves the
 * site's origin, nothing logs an error, and the landing page's curl examples work against the
 * gateway. A full-page screenshot of each page lands in `.artifacts/`.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";

import {
  atPointer,
  isObject,
  resolveNode,
  type JsonObject,
} from "@switchboard/client-runtime/spec";
import {
  findOperation,
  gateway,
  manifestVendors,
  operationsOf,
  specDocument,
} from "@switchboard/test-support";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { launchChromium } from "./support/chromium.js";
import { parseCurl } from "./support/curl.js";
import {
  ARTIFACTS_DIR,
  foreignRequests,
  saveScreenshot,
  visit,
  type Visit,
} from "./support/visit.js";

/** The operation object of a bundled spec, at its pointer. */
function operationObject(prefix: string, pointer: string): JsonObject {
  const node = atPointer(specDocument(prefix), pointer);
  if (!isObject(node)) throw new Error(`${prefix}: no operation at ${pointer}`);
  return node;
}

/** The operations each page must show, read off the manifest's bundled specs. */
const vendors = manifestVendors().map(({ name: prefix, title }) => ({
  prefix,
  title,
  operations: operationsOf(prefix).map(({ method, path, operationId, pointer }) => ({
    method,
    path,
    operationId,
    summary: String(operationObject(prefix, pointer).summary),
  })),
}));

/** Page load times, written next to the screenshots for the record. */
const loadTimes: Record<string, number> = {};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await writeFile(
    path.join(ARTIFACTS_DIR, "load-times.json"),
    `${JSON.stringify(loadTimes, null, 2)}\n`,
  );
  console.log(`browser suite: page load times (ms) ${JSON.stringify(loadTimes)}`);
});

function expectSelfContained(page: Visit, origin: string) {
  expect(foreignRequests(page.requests, origin)).toEqual([]);
  expect(page.errors).toEqual([]);
}

test("the test's own checks can fail: a foreign request is caught", () => {
  expect(
    foreignRequests(
      ["http://127.0.0.1:1/", "https://cdn.example.com/x.js", "data:,x"],
      "http://127.0.0.1:1",
    ),
  ).toEqual(["https://cdn.example.com/x.js"]);
});

describe("the landing page", () => {
  let landing: Visit;
  beforeAll(async () => {
    landing = await visit(browser, `${gateway().url}/`);
    loadTimes.landing = landing.loadMs;
    await saveScreenshot(landing.page, "landing");
  });
  afterAll(() => landing?.page.context().close());

  test("loads nothing from another origin and logs no error", () => {
    expect(landing.requests.length).toBeGreaterThan(0);
    expectSelfContained(landing, gateway().url);
  });

  test.each(
    vendors.flatMap(({ prefix, operations }) =>
      operations.map((operation) => [prefix, operation] as const),
    ),
  )("%s: shows %o", async (_prefix, { method, path, summary }) => {
    const text = await landing.page.locator("body").innerText();
    expect(text).toContain(path);
    expect(text).toContain(summary);
    expect(text).toContain(method);
  });

  test("every link resolves: pages answer 200, anchors exist", async () => {
    const hrefs = await landing.page.$$eval("a[href]", (links) =>
      links.map((link) => (link as HTMLAnchorElement).href),
    );
    expect(hrefs.length).toBeGreaterThan(vendors.length);
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      expect(url.origin, href).toBe(gateway().url);
      const response = await fetch(`${url.origin}${url.pathname}`);
      expect(response.status, href).toBe(200);
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && url.pathname === "/") {
        expect(await landing.page.locator(`[id="${anchor}"]`).count(), href).toBe(1);
      }
    }
  });

  test.each(
    vendors.flatMap(({ prefix, operations }) =>
      operations.map((operation) => [`${prefix}.${operation.operationId}`] as const),
    ),
  )("the curl example for %s works against the gateway", async (operation) => {
    const code = landing.page.locator(`code[data-operation="${operation}"]`);
    expect(await code.count()).toBe(1);
    const request = parseCurl(await code.innerText());
    expect(request.url.startsWith("http://127.0.0.1:4010/")).toBe(true);
    const response = await fetch(request.url.replace("http://127.0.0.1:4010", gateway().url), {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    expect(response.status, await response.clone().text()).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
  });
});

/** Every operation of every spec, with the landing page's link to its reference section. */
const operations = vendors.flatMap(({ prefix, title, operations }) =>
  operations.map((operation) => ({ prefix, title, ...operation })),
);

describe.each(operations)("the reference section of $prefix $operationId", (operation) => {
  const { prefix, operationId, summary, path, title } = operation;
  let reference: Visit;
  beforeAll(async () => {
    const landing = await visit(browser, `${gateway().url}/`);
    // The landing page's own link to this operation: following it is the test.
    const href = await landing.page.$$eval(
      `a[href^="reference/${prefix}.html#"]`,
      (links, id) =>
        links.find((link) => link.textContent?.includes(` for ${id}`))?.getAttribute("href"),
      operationId,
    );
    await landing.page.context().close();
    expect(href, `a landing link to ${prefix} ${operationId}`).toBeTruthy();
    reference = await visit(browser, new URL(href!, `${gateway().url}/`).href);
    // Redoc renders after load, by the URL's hash route.
    await reference.page.getByText(summary, { exact: true }).first().waitFor();
    loadTimes[`reference/${prefix}#${operationId}`] = reference.loadMs;
    await saveScreenshot(reference.page, `reference-${prefix}-${operationId}`);
  });
  afterAll(() => reference?.page.context().close());

  test("loads nothing from another origin and logs no error", () => {
    expectSelfContained(reference, gateway().url);
  });

  test(`is titled after the spec (${title})`, async () => {
    expect(await reference.page.title()).toContain(title);
  });

  test("shows the operation's summary and path", async () => {
    const text = await reference.page.locator("body").innerText();
    expect(text).toContain(summary);
    expect(text).toContain(path);
  });

  test("shows the curation notes of the operation and of its request body's fields", async () => {
    const notes = curationNotesOf(prefix, operationId);
    const text = normalize(await reference.page.locator("body").innerText());
    // A spec written from a vendor's own published spec may need no note at all.
    if (notes.length > 0) expect(text).toContain("Curation note:");
    // The docs move each note into its node's description, rendered as Markdown: code spans
    // lose their backticks, links keep their text.
    const rendered = (note: string) =>
      normalize(
        `Curation note: ${note.replaceAll("`", "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")}`,
      );
    const missing = notes.filter((note) => !text.includes(rendered(note).slice(0, 80)));
    expect(missing.map((note) => note.slice(0, 100))).toEqual([]);
  });
});

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The `x-curation-note`s a reader sees on an operation's section: the operation's own and
 * those of its request body's top-level fields (nested fields start folded). Redoc 3 shows
 * the referenced schema's description, not the field's, for a field that is a `$ref` or an
 * `anyOf`/`oneOf`/`allOf`: those notes live in the embedded spec only (the docs' own tests
 * check every note is embedded).
 */
function curationNotesOf(prefix: string, operationId: string): string[] {
  const document = specDocument(prefix);
  const operation = operationObject(prefix, findOperation(prefix, operationId).pointer);
  const notes: unknown[] = [operation["x-curation-note"]];
  const body = objectAt(document, objectAt(document, operation.requestBody)?.content);
  for (const media of Object.values(body ?? {})) {
    const schema = objectAt(document, (media as JsonObject).schema);
    for (const property of Object.values(objectAt(document, schema?.properties) ?? {})) {
      const composed = ["$ref", "anyOf", "oneOf", "allOf"].some(
        (key) => key in (property as JsonObject),
      );
      if (!composed) notes.push((property as JsonObject)["x-curation-note"]);
    }
  }
  return notes.filter((note): note is string => typeof note === "string");
}

/** A node, its local `$ref` followed, if it is an object. */
function objectAt(document: JsonObject, node: unknown): JsonObject | undefined {
  const resolved = resolveNode(document, node);
  return isObject(resolved) ? resolved : undefined;
}
