import { describe, expect, test } from "vitest";
import { escapeHtml } from "../src/html.js";
import { blockMarkdown, inlineMarkdown, plainText } from "../src/markdown.js";

const SCRIPT = `<script>alert("x")</script>`;

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
});

describe("blockMarkdown", () => {
  test("makes paragraphs and lists", () => {
    expect(blockMarkdown("One\ntwo.\n\n- a\n  wrapped\n- `b`")).toBe(
      "<p>One two.</p>\n<ul><li>a wrapped</li><li><code>b</code></li></ul>",
    );
  });
});

test("plainText escapes and drops URL schemes, but reads no Markdown", () => {
  expect(plainText("**see** https://x.test/a & <b>")).toBe("**see** x.test/a &amp; &lt;b&gt;");
});
