import type { MockResponse, RequestHeaders } from "../types.js";
import type { ContentEncoding, SiteFile } from "./front-door-types.js";

/** The encodings offered, best first. */
const OFFERED: readonly ContentEncoding[] = ["br", "gzip"];

/**
 * A docs site file as the request asks for it: brotli or gzip when `Accept-Encoding` allows
 * and the file is worth compressing, a 304 when `If-None-Match` names the version it would get.
 * Always revalidated (`no-cache`), so a rebuilt site shows at once and an unchanged one costs
 * a 304.
 */
export async function siteAnswer(file: SiteFile, headers: RequestHeaders): Promise<MockResponse> {
  const accepted = acceptedEncodings(header(headers, "accept-encoding"));
  const encoding = OFFERED.find((offered) => accepted.has(offered) && file.encoded(offered));
  const encoded = encoding === undefined ? undefined : file.encoded(encoding);
  const etag = encoding === undefined ? file.etag : `${file.etag.slice(0, -1)}-${encoding}"`;
  const common = {
    "content-type": file.contentType,
    "cache-control": "no-cache",
    etag,
    vary: "Accept-Encoding",
    "x-content-type-options": "nosniff",
  };
  if (matches(header(headers, "if-none-match"), etag))
    return { status: 304, headers: common, body: undefined };
  if (encoding === undefined || encoded === undefined)
    return { status: 200, headers: common, body: file.body };
  return { status: 200, headers: { ...common, "content-encoding": encoding }, body: await encoded };
}

function header(headers: RequestHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

/** The codings `Accept-Encoding` allows (q above 0), `*` standing for any not named. */
function acceptedEncodings(text: string): Set<string> {
  const weights = new Map<string, number>();
  for (const part of text.split(",")) {
    const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
    if (name === "") continue;
    const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const any = weights.get("*");
  return new Set(
    OFFERED.filter((coding) => (weights.get(coding) ?? (any === undefined ? 0 : any)) > 0),
  );
}

/** Whether `If-None-Match` (a list, or `*`) names the tag, weak or strong. */
function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .includes(etag);
}
