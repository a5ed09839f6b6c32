/**
 * Where a reference page built by `redocly build-docs` shows an operation.
 *
 * @redocly/cli 2 renders with Redoc 3, which routes by URL hash: an operation lives at
 * `#/<tag slug>/<operationid>`, both parts lower-case, under its first tag (Redoc's menu
 * builder: `Ch($3(basePath, tag), gh(operationId).toLowerCase())`). Redoc 2's
 * `#operation/<operationId>` anchors are gone; Redoc 3 only redirects them to the first route
 * whose path ends in the operationId, which is the fallback used here where the tag slug cannot
 * be worked out exactly (an operation without a tag, a tag with non-ASCII characters).
 */

/** `slugify`'s replacements for the ASCII characters it does not drop (its charMap, ASCII part). */
const SLUGIFY_ASCII: Readonly<Record<string, string>> = {
  $: "dollar",
  "%": "percent",
  "&": "and",
  "<": "less",
  ">": "greater",
  "|": "or",
};

/** The characters `slugify` keeps (its default `remove` pattern, negated). */
const SLUGIFY_REMOVE = /[^\w\s$*_+~.()'"!\-:@]+/g;

/**
 * The route segment Redoc 3 gives a top-level tag: `slugify(name)` with its default options,
 * lower-cased. Undefined where this port would not be exact (non-ASCII names, whose
 * transliteration table is not copied here) or where Redoc falls back to another scheme (a
 * name that slugifies to nothing).
 */
export function redocTagSlug(tag: string): string | undefined {
  if (!/^[\x20-\x7e]*$/.test(tag)) return undefined;
  let slug = "";
  for (const char of tag) {
    let replacement = SLUGIFY_ASCII[char] ?? char;
    if (replacement === "-") replacement = " ";
    slug += replacement.replace(SLUGIFY_REMOVE, "");
  }
  slug = slug.trim().replace(/\s+/g, "-").toLowerCase();
  return slug === "" ? undefined : slug;
}

/** The legacy Redoc 2 anchor, which Redoc 3 redirects by operationId. */
export function legacyOperationAnchor(operationId: string): string {
  return `#operation/${encodeURIComponent(operationId)}`;
}

/** The hash that opens an operation on its reference page, e.g. `#/channels/updatechannel`. */
export function redocOperationAnchor(operationId: string, tags: readonly string[]): string {
  const tagSlug = tags[0] === undefined ? undefined : redocTagSlug(tags[0]);
  // An operationId that is not one plain URL segment is left to Redoc's own redirect.
  if (tagSlug === undefined || !/^[\w.~-]+$/.test(operationId)) {
    return legacyOperationAnchor(operationId);
  }
  return `#${encodeURI(`/${tagSlug}/${operationId.toLowerCase()}`)}`;
}

/** The hash route of a tag's own page, e.g. `/interaction-channels`, as the menu links it. */
export function redocTagRoute(tag: string): string | undefined {
  const slug = redocTagSlug(tag);
  return slug === undefined ? undefined : `/${slug}`;
}
