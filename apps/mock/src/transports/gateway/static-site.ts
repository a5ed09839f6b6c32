import { readFile } from "node:fs/promises";
import path from "node:path";
import type { StaticSite } from "../../front-door/front-door-types.js";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * A static site served from one folder: `/` is `index.html`, and no path (`..`, encoded
 * slashes, NUL) can reach a file outside the folder. Unknown paths and folders read as absent.
 */
export function createStaticSite(folder: string): StaticSite {
  const root = path.resolve(folder);
  return async (pathname) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
    const relative = decoded.endsWith("/") ? `${decoded}index.html` : decoded;
    const file = path.resolve(root, `.${relative}`);
    if (!file.startsWith(root + path.sep)) return undefined;
    const contentType =
      CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    try {
      return { body: await readFile(file), contentType };
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return undefined;
      throw error;
    }
  };
}
