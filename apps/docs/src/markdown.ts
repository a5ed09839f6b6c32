import { escapeHtml } from "./html.js";

/*
 * Spec text as HTML. URL schemes are dropped everywhere, so the page links nowhere but itself
 * and its reference pages.
 */

/** Inline Markdown: escaped, with code spans, bold and links (their text only). */
export function inlineMarkdown(text: string): string {
  return withoutUrlSchemes(text)
    .split(/(`[^`]*`)/)
    .map((part, index) => {
      if (index % 2 === 1) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
    })
    .join("");
}

/** Paragraphs and `-` lists, the Markdown a spec's lead uses. */
export function blockMarkdown(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== "")
    .map((block) => {
      if (/^[-*] /.test(block.trim())) {
        const items = block
          .trim()
          .split(/\n(?=[-*] )/)
          .map((item) => `<li>${inlineMarkdown(oneLine(item.replace(/^[-*] /, "")))}</li>`);
        return `<ul>${items.join("")}</ul>`;
      }
      return `<p>${inlineMarkdown(oneLine(block))}</p>`;
    })
    .join("\n");
}

/** Spec text that is not Markdown (titles, summaries): escaped, URL schemes dropped. */
export function plainText(text: string): string {
  return escapeHtml(withoutUrlSchemes(text));
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, " ");
}

function withoutUrlSchemes(text: string): string {
  return text.replace(/\bhttps?:\/\//gi, "");
}
