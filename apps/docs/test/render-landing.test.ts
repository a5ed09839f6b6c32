import { beforeAll, describe, expect, test } from "vitest";
import {
  blockMarkdown,
  escapeHtml,
  htmlId,
  inlineMarkdown,
  renderLanding,
} from "../src/render-landing.js";
import type { OperationModel, SiteModel, VendorModel } from "../src/site-model.js";
import { realModel } from "./support.js";

const SCRIPT = `<script>alert("x")</script>`;

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

describe("escapeHtml", () => {
  test.each([
    [SCRIPT, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"],
    [`a & b`, "a &amp; b"],
    [`"quoted" 'single'`, "&quot;quoted&quot; &#39;single&#39;"],
    ["&amp;", "&amp;amp;"],
    ["plain", "plain"],
  ])("%j → %j", (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });
});

describe("inlineMarkdown", () => {
  test.each([
    ["`<b>` and **bold**", "<code>&lt;b&gt;</code> and <strong>bold</strong>"],
    ["see [the docs](https://example.com/x)", "see the docs"],
    ["at https://docs.example.com/page.", "at docs.example.com/page."],
    [`**${SCRIPT}**`, `<strong>${escapeHtml(SCRIPT)}</strong>`],
    ["`http://x.test` in code", "<code>x.test</code> in code"],
  ])("%j → %j", (markdown, html) => {
    expect(inlineMarkdown(markdown)).toBe(html);
  });

  test("blockMarkdown makes paragraphs and lists", () => {
    expect(blockMarkdown("One\ntwo.\n\n- a\n  wrapped\n- `b`")).toBe(
      "<p>One two.</p>\n<ul><li>a wrapped</li><li><code>b</code></li></ul>",
    );
  });

  test("htmlId keeps ids to safe characters", () => {
    expect(htmlId("curl", "twilio-flex", `x"><script>`)).toBe("curl-twilio-flex-x-script-");
  });
});

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
      example: { summary: `Example ${SCRIPT}`, value: { html: SCRIPT } },
    },
  };
  const vendor: VendorModel = {
    apiName: "evil@v1",
    prefix: "evil",
    packageName: "@switchboard/evil",
    facadeKey: "evil",
    title: `Evil ${SCRIPT}`,
    version: `<i>1</i>`,
    lead: `Lead ${SCRIPT} and \`${SCRIPT}\``,
    referencePage: "reference/evil.html",
    operations: [operation],
  };
  const html = renderLanding({ vendors: [vendor] });

  test("is escaped everywhere: no element comes from a spec", () => {
    expect(html).not.toContain("<script");
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
});

describe("the landing page of the real specs", () => {
  let model: SiteModel;
  let html: string;
  beforeAll(async () => {
    model = await realModel();
    html = renderLanding(model);
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
    expect(html).not.toMatch(/<script\b/i);
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

  test("links only relatively: to its own ids and to the reference pages", () => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const hrefs = [...html.matchAll(/ href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(model.vendors.length);
    const pages = new Set(["index.html", ...model.vendors.map((v) => v.referencePage)]);
    for (const href of hrefs) {
      expect(href).not.toMatch(/^([a-z][\w+.-]*:|\/)/i);
      const [page = "", hash] = href.split("#");
      if (page === "") expect(ids.has(hash), href).toBe(true);
      else expect(pages.has(page), href).toBe(true);
    }
  });

  test("has unique ids", () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("shows each vendor and each operation: method, path, summary, reference link, one curl", () => {
    for (const vendor of model.vendors) {
      expect(html).toContain(
        `>${escapeHtml(vendor.title)} <span class="version">${vendor.version}</span>`,
      );
      expect(html).toContain(`npm install ${vendor.packageName}`);
      expect(html).toContain(`baseUrl: &quot;http://127.0.0.1:4010/${vendor.prefix}&quot;`);
      for (const op of vendor.operations) {
        expect(html).toContain(`>${op.method.toUpperCase()}</span>`);
        expect(html).toContain(`<code class="path">${escapeHtml(op.path)}</code>`);
        expect(html).toContain(`<td>${escapeHtml(op.summary)}</td>`);
        expect(html).toContain(`href="${op.referenceHref}"`);
        const curls = html.match(
          new RegExp(`<code data-operation="${vendor.prefix}\\.${op.operationId}">curl `, "g"),
        );
        expect(curls).toHaveLength(1);
      }
    }
    expect(html).toContain("npm install @switchboard/sdk");
    expect(html).toContain("pnpm start");
  });
});
