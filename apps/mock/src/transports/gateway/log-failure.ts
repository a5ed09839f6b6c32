import type { IncomingMessage } from "node:http";
import { redactPath } from "../../engine/journal/embedded-secrets.js";

/** The longest path a log line shows. */
const LOGGED_PATH_CHARS = 200;

/**
 * Reports a request the gateway failed to answer, in one line: its method, its path (credential
 * segments redacted, no query) and the error's class. Never a header, a body, the error's
 * message or its stack, which can quote what the client sent. A client that hung up first is
 * not the gateway's failure, and is not reported.
 */
export function logFailure(request: IncomingMessage, error: unknown): void {
  if (clientLeft(request, error)) return;
  const kind = error instanceof Error ? error.name : typeof error;
  console.error(
    `switchboard-mock: internal error (${kind}) answering ${request.method ?? "?"} ${loggedPath(request.url)}`,
  );
}

function clientLeft(request: IncomingMessage, error: unknown): boolean {
  return (
    (error as NodeJS.ErrnoException | undefined)?.code === "ECONNRESET" || request.socket.destroyed
  );
}

/** The request target's path, printable on one line and of bounded length. */
function loggedPath(target: string | undefined): string {
  // An absolute-form target (`http://user:password@host/…`) loses its scheme and authority.
  const origin = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;
  const path = (target ?? "").replace(origin, "").split(/[?#]/, 1)[0] ?? "";
  if (!path.startsWith("/")) return "(a request target that is not a path)";
  // Control and non-ASCII characters become `?`: a log line must not be rewritten by its input.
  const printable = redactPath(path).replace(/[^\x20-\x7e]/g, "?");
  return printable.length > LOGGED_PATH_CHARS
    ? `${printable.slice(0, LOGGED_PATH_CHARS)}…`
    : printable;
}
