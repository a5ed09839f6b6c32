import { SESSION_SEGMENT } from "../engine/session.js";

/** A path under a session's base URL (`/__session/<key>/…`): its key, and the path below it. */
export function sessionOfPath(pathname: string): { key: string; pathname: string } | undefined {
  const opening = `/${SESSION_SEGMENT}/`;
  if (!pathname.startsWith(opening)) return undefined;
  const rest = pathname.slice(opening.length);
  const slash = rest.indexOf("/");
  const key = slash < 0 ? rest : rest.slice(0, slash);
  return { key: decodedOrAsIs(key), pathname: slash < 0 ? "/" : rest.slice(slash) };
}

function decodedOrAsIs(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
