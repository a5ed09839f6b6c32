import { MAX_LINE } from "../js-literal.js";

const INDENT = "    ";

/**
 * A JSON value as a Python literal: dicts with quoted keys, `True`/`False`/`None`, short values
 * on one line, long ones one item a line. JSON's string escapes are Python's too.
 */
export function pythonLiteral(value: unknown, depth: number): string {
  const indent = INDENT.repeat(depth);
  if (Array.isArray(value)) {
    return block(
      "[",
      "]",
      value.map((item) => pythonLiteral(item, depth + 1)),
      indent,
    );
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([key, item]) => `${JSON.stringify(key)}: ${pythonLiteral(item, depth + 1)}`,
    );
    return block("{", "}", entries, indent);
  }
  if (value === true) return "True";
  if (value === false) return "False";
  if (value === null || value === undefined) return "None";
  return JSON.stringify(value);
}

/** `head(arg, keyword=arg)` on one line when it fits, else one argument a line. */
export function pythonCall(
  head: string,
  args: readonly { keyword?: string; value: unknown }[],
  depth: number,
): string {
  const render = (d: number) =>
    args.map(({ keyword, value }) => `${keyword ? `${keyword}=` : ""}${pythonLiteral(value, d)}`);
  const inline = `${head}(${render(depth).join(", ")})`;
  if (INDENT.repeat(depth).length + inline.length <= MAX_LINE && !inline.includes("\n")) {
    return inline;
  }
  const indent = INDENT.repeat(depth);
  return `${head}(\n${render(depth + 1)
    .map((arg) => `${indent}${INDENT}${arg},\n`)
    .join("")}${indent})`;
}

function block(open: string, close: string, items: string[], indent: string): string {
  if (items.length === 0) return `${open}${close}`;
  const inline = `${open}${items.join(", ")}${close}`;
  if (!inline.includes("\n") && indent.length + inline.length <= MAX_LINE - 20) return inline;
  return `${open}\n${items.map((item) => `${indent}${INDENT}${item},\n`).join("")}${indent}${close}`;
}
