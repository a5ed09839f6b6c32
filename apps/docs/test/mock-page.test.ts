/** The mock page: the mock's README as a page of the site, from the README itself. */
import { describe, expect, test } from "vitest";
import { MOCK_GUIDE_LINKS } from "../src/render-landing.js";
import { headingSlug, mockReadmeHtml, mockSections, renderMockPage } from "../src/mock-page.js";
import { mockReadme } from "./support.js";

const html = renderMockPage(mockReadme);

test("every section of the README is on the page, with an anchor the contents list links to", () => {
  const sections = mockSections(mockReadme);
  expect(sections.map(({ title }) => title)).toContain("Stateful mode");
  for (const { slug } of sections) {
    expect(html).toContain(`<h2 id="${slug}">`);
    expect(html).toContain(`<a href="#${slug}">`);
  }
});

test("the landing page's links to the guide name sections the README has", () => {
  const titles = mockSections(mockReadme).map(({ title }) => title);
  for (const [title] of MOCK_GUIDE_LINKS) expect(titles).toContain(title);
});

test("each fenced code block of the README is on the page, its text as written", () => {
  const blocks = [...mockReadme.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  expect(blocks.length).toBeGreaterThan(5);
  const text = html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
  for (const block of blocks) expect(text).toContain(block.trimEnd());
});

describe("links nowhere but the site, and shows HTML as text", () => {
  test.each([
    ["a link keeps its text", "See [MSW](https://mswjs.io) here.", "<p>See MSW here.</p>"],
    ["raw HTML is text", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["a heading gets its slug", "## In the test process: MSW", '<h2 id="in-the-test-process-msw">'],
    ["the title is the page's own", "# @switchboard/mock\n\nText.", "<p>Text.</p>"],
  ])("%s", (_, markdown, expected) => {
    expect(mockReadmeHtml(markdown)).toContain(expected);
  });

  test("no absolute link on the page", () => {
    expect(html).not.toMatch(/ href="(?:[a-z][\w+.-]*:|\/)/i);
  });
});

test.each([
  ["Start it", "start-it"],
  ["In the test process: MSW", "in-the-test-process-msw"],
  ["What Prism does (kept as is)", "what-prism-does-kept-as-is"],
])("headingSlug(%s) is %s", (title, slug) => {
  expect(headingSlug(title)).toBe(slug);
});
