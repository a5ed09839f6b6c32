import { describe, expect, test } from "vitest";
import { decodeHtml, escapeHtml, htmlId } from "../src/html.js";

const SCRIPT = `<script>alert("x")</script>`;

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

test("htmlId keeps ids to safe characters", () => {
  expect(htmlId("curl", "twilio-flex", `x"><script>`)).toBe("curl-twilio-flex-x-script-");
});

describe("decodeHtml", () => {
  test.each([SCRIPT, `a & b "q" 'single'`, "&amp;", "ünïcødé"])(
    "reads escapeHtml(%j) back",
    (text) => {
      expect(decodeHtml(escapeHtml(text))).toBe(text);
    },
  );

  test.each([
    ["&#x27;&#39;&apos;", "'''"],
    ["https&colon;&sol;&sol;x", "https://x"],
    ["&#104;ttp", "http"],
  ])("%j → %j", (html, text) => {
    expect(decodeHtml(html)).toBe(text);
  });
});
