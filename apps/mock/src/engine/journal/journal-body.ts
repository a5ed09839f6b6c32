/** The body as the journal shows it: JSON and forms parsed (JSON form fields too), else text. */
export function bodyForJournal(
  raw: Buffer,
  contentType: string | undefined,
  jsonFormFields: ReadonlySet<string>,
): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString("utf8");
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (/json/.test(mediaType)) return parseJson(text) ?? text;
  if (mediaType !== "application/x-www-form-urlencoded") return text;
  return Object.fromEntries(
    [...new URLSearchParams(text)].map(([name, value]) => [
      name,
      jsonFormFields.has(name) ? (parseJson(value) ?? value) : value,
    ]),
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
