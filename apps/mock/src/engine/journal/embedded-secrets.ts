import { isSecretName, REDACTED } from "@switchboard/client-runtime";

/*
 * The redactor sees names only where a body was parsed into fields. A stranger's request can
 * still carry `name=value` pairs inside one string (a URL with `?api_key=…`, a form field that
 * holds JSON nobody declared, a path segment `;token=…`): these find them.
 *
 * Each pattern can start only at a fixed character or where a run of name characters starts,
 * so a scan is linear in the text's length however hostile the text is.
 */
const NAMED_VALUE: readonly { needs: string; pattern: RegExp }[] = [
  // `name=value`: forms, queries, URLs, XML attributes, `user[password]=…`.
  { needs: "=", pattern: /(?<![\w.[\]-])([\w.[\]-]+)\s*=/g },
  // `"name": value` and `'name': value`, also backslash-escaped (JSON inside a JSON string).
  { needs: ":", pattern: /(?<!\\)\\*["']([^"'\\\n]+)\\*["']\s*:/g },
  // `<name>` and `<name attr="…">`: XML elements.
  { needs: "<", pattern: /<([A-Za-z_][\w.:-]*)[\s/>]/g },
  // `name: value` at the start of a line: headers, YAML.
  { needs: ":", pattern: /^[ \t]*([A-Za-z][\w-]*)[ \t]*:/gm },
];

/** Whether the text names a credential and gives its value, as written or percent-decoded. */
export function holdsSecret(text: string): boolean {
  if (namesSecret(text)) return true;
  if (!text.includes("%")) return false;
  const decoded = safeDecode(text);
  return decoded !== text && namesSecret(decoded);
}

function namesSecret(text: string): boolean {
  for (const { needs, pattern } of NAMED_VALUE) {
    // Most strings have no separator at all: skip the scan.
    if (!text.includes(needs)) continue;
    for (const match of text.matchAll(pattern)) if (isSecretName(match[1] ?? "")) return true;
  }
  return false;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A copy of a value the redactor has already read, where every string and every property name
 * that holds a credential pair is replaced by `[REDACTED]` whole. The redactor's output is at
 * most MAX_REDACTION_DEPTH deep, which bounds this recursion.
 */
export function redactEmbedded(value: unknown): unknown {
  if (typeof value === "string") return holdsSecret(value) ? REDACTED : value;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(redactEmbedded);
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => [
      holdsSecret(name) ? REDACTED : name,
      redactEmbedded(item),
    ]),
  );
}

/** The path with each segment that holds a credential pair (`;token=…`, `%3Fapi_key%3D…`) replaced. */
export function redactPath(path: string): string {
  return path
    .split("/")
    .map((segment) => (holdsSecret(segment) ? REDACTED : segment))
    .join("/");
}
