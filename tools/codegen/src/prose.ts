/** The English of generated prose: how an API is named, lists, and lines that fit 100 columns. */

const WIDTH = 100;

/**
 * How prose names an API from its spec's title, reading right whether or not the title says
 * "API": `Healthing API` → `the Healthing API`, `Mini` → `the Mini API`.
 */
export function theApi(title: string): string {
  return /\bAPI\b/.test(title) ? `the ${title}` : `the ${title} API`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listOf(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Words wrapped into lines of at most 100 columns, each starting with `prefix`. */
export function wrapWords(text: string, prefix = ""): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && `${prefix}${line} ${word}`.length > WIDTH) {
      lines.push(`${prefix}${line}`);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  return [...lines, `${prefix}${line}`];
}

/** A Markdown paragraph, wrapped at 100 columns. */
export function paragraph(text: string): string {
  return wrapWords(text).join("\n");
}

/** A Markdown list item, wrapped at 100 columns with its continuation lines indented. */
export function bullet(text: string): string {
  const [first = "", ...rest] = wrapWords(text, "  ");
  return [`- ${first.slice(2)}`, ...rest].join("\n");
}
