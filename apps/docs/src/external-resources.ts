import { decodeHtml } from "./html.js";

/** Elements whose URL attributes the browser loads by itself (unlike `<a href>`). */
const LOADING_TAG =
  /<(script|link|img|iframe|frame|source|video|audio|track|embed|object|input|image|use)\b([^>]*)>/gi;
const URL_ATTRIBUTE =
  /\b(src|href|srcset|data|poster|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const CSS_URL = /url\(\s*(["']?)([^"')\s]+)\1\s*\)|@import\s+(["'])([^"']+)\3/gi;
const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi;

/**
 * Every resource an HTML page would load from another origin by itself: URL attributes of
 * loading elements (`<script src>`, `<link href>`, `<img src>`, ...), `url()` and `@import`
 * in `<style>` and `style=""`, and meta refreshes. Inline scripts' text is not markup and is
 * not scanned. Relative, `data:` and `blob:` URLs stay on the page's origin.
 */
export function externalResources(html: string): string[] {
  const found = new Set<string>();
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, "$1$2");
  for (const [, , attributes = ""] of markup.matchAll(LOADING_TAG)) {
    for (const [, name = "", raw = ""] of attributes.matchAll(URL_ATTRIBUTE)) {
      const value = unquote(raw);
      const urls =
        name.toLowerCase() === "srcset"
          ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "")
          : [value];
      for (const url of urls) if (isExternal(url)) found.add(url);
    }
  }
  const styles = [
    ...[...markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? ""),
    ...[...markup.matchAll(/\bstyle\s*=\s*("[^"]*"|'[^']*')/gi)].map((m) => unquote(m[1] ?? "")),
  ];
  for (const css of styles) {
    for (const match of css.matchAll(CSS_URL)) {
      const url = match[2] ?? match[4] ?? "";
      if (isExternal(url)) found.add(url);
    }
  }
  for (const [tag] of markup.matchAll(META_REFRESH)) {
    const url = /url\s*=\s*([^"'>;\s]+)/i.exec(tag)?.[1];
    if (url !== undefined && isExternal(url)) found.add(url);
  }
  return [...found];
}

/** Absolute http(s) or protocol-relative: another origin than the page's own. */
export function isExternal(url: string): boolean {
  return /^\s*(?:https?:)?\/\//i.test(decodeHtml(url));
}

/** Every distinct origin an absolute http(s) URL anywhere in the text names (scripts included). */
export function mentionedOrigins(text: string): string[] {
  const origins = new Set<string>();
  for (const [url] of text.matchAll(/https?:\/\/[A-Za-z0-9.-]+(?::\d+)?/g)) origins.add(url);
  return [...origins].sort();
}

function unquote(value: string): string {
  return decodeHtml(/^["']/.test(value) ? value.slice(1, -1) : value);
}
