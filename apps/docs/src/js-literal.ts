/** The width the samples' lines are kept within. */
export const MAX_LINE = 80;

/** A JSON value as a TypeScript literal: identifier keys unquoted, short values on one line. */
export function jsLiteral(value: unknown, depth: number, multiline = false): string {
  const indent = "  ".repeat(depth);
  if (Array.isArray(value)) {
    const items = value.map((item) => jsLiteral(item, depth + 1));
    return block("[", "]", items, indent, multiline);
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([key, item]) => `${property(key)}: ${jsLiteral(item, depth + 1)}`,
    );
    return block("{", "}", entries, indent, multiline, true);
  }
  return JSON.stringify(value) ?? "undefined";
}

/** `head(arg, arg);` on one line when it fits, else one argument per line. */
export function callStatement(head: string, args: readonly unknown[]): string {
  const inline = `${head}(${args.map((arg) => jsLiteral(arg, 0)).join(", ")});`;
  if (inline.length <= MAX_LINE && !inline.includes("\n")) return inline;
  return `${head}(\n${args.map((arg) => `  ${jsLiteral(arg, 1)},\n`).join("")});`;
}

function block(
  open: string,
  close: string,
  items: string[],
  indent: string,
  multiline: boolean,
  spaced = false,
): string {
  if (items.length === 0) return `${open}${close}`;
  const pad = spaced ? " " : "";
  const inline = `${open}${pad}${items.join(", ")}${pad}${close}`;
  if (!multiline && !inline.includes("\n") && indent.length + inline.length <= MAX_LINE - 20) {
    return inline;
  }
  return `${open}\n${items.map((item) => `${indent}  ${item},\n`).join("")}${indent}${close}`;
}

function property(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
