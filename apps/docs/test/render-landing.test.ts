import { beforeAll, describe, expect, test } from "vitest";
import { CODE_SAMPLES_HEAD } from "../src/code-samples/landing-samples.js";
import { escapeHtml } from "../src/html.js";
import { renderLanding } from "../src/render-landing.js";
import type { OperationModel, SiteModel, VendorModel } from "../src/site-model.js";
import { manifest, mockGuide, realModel } from "./support.js";

const SCRIPT = `<script>alert("x")</script>`;

/** The one script the page loads, from its own origin: the code samples' tabs and copy buttons. */
const withoutOwnScript = (html: string) => html.replace(CODE_SAMPLES_HEAD, "");

/** Text of the page outside `<pre>` and `<code>`, and the contents of those. */
function splitCode(html: string): { prose: string; code: string[] } {
  const code: string[] = [];
  const prose = html.replace(/<(pre|code)\b[^>]*>([\s\S]*?)<\/\1>/g, (_, _tag, inner: string) => {
    code.push(inner);
    return "";
  });
  return { prose, code };
}

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

describe("spec text with markup in it", () => {
  const operation: OperationModel = {
    operationId: "evil",
    method: "post",
    path: `/x/{id}/${SCRIPT}`,
    summary: `Summary ${SCRIPT}`,
    tags: [],
    referenceHref: `reference/evil.html#operation/evil"onclick="x`,
    security: [],
    pathParams: [{ name: "id", value: `</code>${SCRIPT}` }],
    query: [],
    requestBody: {
      mediaType: "application/json",
      required: true,
      example: { name: "evil", summary: `Example ${SCRIPT}`, value: { html: SCRIPT } },
    },
  };
  const vendor: VendorModel = {
    api: "evil@v1",
    name: "evil",
    key: "evil",
    packageName: "@switchboard/evil",
    auth: { scheme: "Key", kind: "apiKey", header: "X-Key", options: { secret: "apiKey" } },
    title: `Evil ${SCRIPT}`,
    version: `<i>1</i>`,
    lead: `Lead ${SCRIPT} and \`${SCRIPT}\``,
    referencePage: "reference/evil.html",
    operations: [operation],
  };
  const html = renderLanding({ vendors: [vendor] }, mockGuide);

  test("is escaped everywhere: no element comes from a spec", () => {
    expect(withoutOwnScript(html)).not.toContain("<script");
    expect(html).not.toContain("<i>1</i>");
    expect(html).toContain(`Evil ${escapeHtml(SCRIPT)}`);
    expect(html).toContain(`Summary ${escapeHtml(SCRIPT)}`);
    expect(html).toContain(`href="reference/evil.html#operation/evil&quot;onclick=&quot;x"`);
  });

  test("the curl reads back as the exact command", () => {
    const code = /<code data-operation="evil.evil">([\s\S]*?)<\/code>/.exec(html)![1]!;
    expect(decode(code)).toContain(`/x/${encodeURIComponent(`</code>${SCRIPT}`)}/`);
    expect(decode(code)).toContain(`--data '{"html":"<script>alert(\\"x\\")</script>"}'`);
  });

  test("names no vendor but the model's: the page hard-codes none", () => {
    expect(manifest.vendors.length).toBeGreaterThan(0);
    for (const real of manifest.vendors) {
      expect(html).not.toContain(real.packageName);
      expect(html).not.toContain(escapeHtml(real.title));
      expect(html).not.toContain(`/${real.name}`);
    }
  });
});

describe("the landing page of the real specs", () => {
  let model: SiteModel;
  let html: string;
  beforeAll(async () => {
    model = await realModel();
    html = renderLanding(model, mockGuide);
  });

  test("is a titled English document with a nav and headings with ids", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<nav aria-label="[^"]+">/);
    const headings = [...html.matchAll(/<h([1-4])\b([^>]*)>/g)];
    expect(headings.length).toBeGreaterThan(model.vendors.length * 2);
    for (const [tag, , attributes] of headings) expect(attributes, tag).toMatch(/ id="[\w-]+"/);
  });

  test("loads nothing: no <link>, no <script>, no style or image from elsewhere", () => {
    expect(html).not.toMatch(/<link\b/i);
    expect(withoutOwnScript(html)).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<(img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  test("has no http(s) URL but the gateway's, and that one only in code", () => {
    const { prose, code } = splitCode(html);
    expect(prose).not.toMatch(/https?:\/\//i);
    expect(code.length).toBeGreaterThan(0);
    const urls = code.flatMap((block) =>
      [...decode(block).matchAll(/https?:\/\/[^\s'"]+/gi)].map((m) => m[0]),
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4010(\/|$)/);
  });

  test("links only relatively: to its own ids, the reference pages and the mock page's sections", () => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const hrefs = [...html.matchAll(/ href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(model.vendors.length);
    const pages = new Set([
      "index.html",
      "mock.html",
      ...model.vendors.map((v) => v.referencePage),
      ...model.vendors.map((v) => `try/${v.name}.html`),
    ]);
    const mockSections = new Set(mockGuide.values());
    for (const href of hrefs) {
      expect(href).not.toMatch(/^([a-z][\w+.-]*:|\/)/i);
      const [page = "", hash] = href.split("#");
      if (page === "") expect(ids.has(hash), href).toBe(true);
      else expect(pages.has(page), href).toBe(true);
      if (page === "mock.html" && hash !== undefined)
        expect(mockSections.has(href), href).toBe(true);
    }
  });

  test("has unique ids", () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("shows each vendor and each operation: method, path, summary, reference link, one curl", () => {
    expect(model.vendors.map((v) => v.name)).toEqual(manifest.vendors.map((v) => v.name));
    for (const vendor of model.vendors) {
      expect(html).toContain(
        `>${escapeHtml(vendor.title)} <span class="version">${vendor.version}</span>`,
      );
      expect(html).toContain(`npm install ${vendor.packageName}`);
      expect(html).toContain(`baseUrl: &quot;http://127.0.0.1:4010/${vendor.name}&quot;`);
      expect(html).toContain(`<td><code>${vendor.key}</code></td>`);
      for (const op of vendor.operations) {
        expect(html).toContain(`>${op.method.toUpperCase()}</span>`);
        expect(html).toContain(`<code class="path">${escapeHtml(op.path)}</code>`);
        expect(html).toContain(`<td>${escapeHtml(op.summary)}</td>`);
        expect(html).toContain(`href="${op.referenceHref}"`);
        const curls = html.match(
          new RegExp(`<code data-operation="${vendor.name}\\.${op.operationId}">curl `, "g"),
        );
        expect(curls).toHaveLength(1);
      }
    }
    expect(html).toContain("npm install @switchboard/sdk");
    expect(html).toContain("pnpm start");
  });

  test("gives each vendor's placeholder credentials under its client's option names", () => {
    for (const { auth } of manifest.vendors) {
      for (const option of [auth.options.username, auth.options.secret]) {
        if (option === undefined) continue;
        expect(html).toMatch(new RegExp(`<code>${option}</code> <code>your_\\w+</code>`));
      }
    }
  });
});
