import { readFile } from "node:fs/promises";
import path from "node:path";
import { Marked, type Tokens } from "marked";
import { escapeHtml } from "./html.js";
import { renderPage } from "./page-shell.js";

/** The mock's README: the one source of its documentation, here and on npm. */
export function mockReadmePath(root: string): string {
  return path.join(root, "apps", "mock", "README.md");
}

export async function readMockReadme(root: string): Promise<string> {
  return readFile(mockReadmePath(root), "utf8");
}

/** A heading's anchor: `In the test process: MSW` → `in-the-test-process-msw`. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/&[a-z]+;|&#\d+;/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The README's `##` sections, in order: what the page's contents list shows. */
export function mockSections(readme: string): { title: string; slug: string }[] {
  return [...readme.matchAll(/^## (.+)$/gm)].map((match) => {
    const title = (match[1] ?? "").replace(/`/g, "");
    return { title, slug: headingSlug(title) };
  });
}

/**
 * The README as HTML for the site's page: headings get anchors, links keep their text only
 * (the site links nowhere but itself), and raw HTML shows as text.
 */
export function mockReadmeHtml(readme: string): string {
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        const inner = this.parser.parseInline(tokens);
        if (depth === 1) return "";
        return `<h${depth} id="${headingSlug(inner)}">${inner}</h${depth}>\n`;
      },
      link({ tokens }: Tokens.Link) {
        return this.parser.parseInline(tokens);
      },
      image({ text }: Tokens.Image) {
        return escapeHtml(text);
      },
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(text);
      },
      table(token: Tokens.Table) {
        const cell = (item: Tokens.TableCell, tag: "th" | "td") =>
          `<${tag}${tag === "th" ? ' scope="col"' : ""}>${this.parser.parseInline(item.tokens)}</${tag}>`;
        const head = `<tr>${token.header.map((item) => cell(item, "th")).join("")}</tr>`;
        const rows = token.rows
          .map((row) => `<tr>${row.map((item) => cell(item, "td")).join("")}</tr>`)
          .join("\n");
        return `<div class="table-wrap"><table><thead>${head}</thead><tbody>${rows}</tbody></table></div>\n`;
      },
    },
  });
  return marked.parse(readme) as string;
}

/** `mock.html`: the mock's README as a page of the site, with a contents list. */
export function renderMockPage(readme: string): string {
  const sections = mockSections(readme);
  const contents = sections
    .map(({ title, slug }) => `<li><a href="#${slug}">${escapeHtml(title)}</a></li>`)
    .join("\n");
  return renderPage({
    title: "The Switchboard mock gateway",
    description:
      "@switchboard/mock: every vendor API of Switchboard mocked from its spec, for contract tests: CLI, in-process, MSW, stateful mode, validating proxy.",
    nav: [
      ["index.html", "Overview"],
      ...sections
        .filter(({ title }) => PAGE_NAV.includes(title))
        .map(({ title, slug }) => [`#${slug}`, title] as const),
    ],
    main: `<h1 id="top">The mock gateway</h1>
<nav aria-label="Contents" class="reference-nav">
<h2 id="contents" class="visually-hidden">Contents</h2>
<ul>
${contents}
</ul>
</nav>
${mockReadmeHtml(readme)}`,
  });
}

/** The sections the page's header links to. */
const PAGE_NAV = ["Start it", "Control it from the test", "Stateful mode", "Validating proxy"];

/** Each section's title → its link from the site root (`mock.html#stateful-mode`). */
export function mockGuideLinks(readme: string): Map<string, string> {
  return new Map(mockSections(readme).map(({ title, slug }) => [title, `mock.html#${slug}`]));
}
