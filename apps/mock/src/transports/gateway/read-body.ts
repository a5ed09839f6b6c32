import type { IncomingMessage } from "node:http";
import { BodyTooLargeError } from "../../types.js";

/**
 * How much of a refused body is still read and thrown away before the connection is dropped.
 * fetch stops sending once it has the 413; a client that reads nothing until it has sent all
 * gets its 413 too, if it stops within this much.
 */
export const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * The raw body, refusing anything past `limitBytes` at once: on a Content-Length over it before
 * a byte is read, or when the body streamed so far passes it. Nothing past the limit is kept.
 * The rest of a refused body is read and discarded, so the 413 sent meanwhile reaches a client
 * that is still writing, where closing the connection would reset it before it reads.
 */
export function readBody(
  request: IncomingMessage,
  limitBytes: number,
  discardLimitBytes = DISCARD_LIMIT_BYTES,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limitBytes) chunks.push(chunk);
      else refuse();
    };
    const done = () => resolve(Buffer.concat(chunks, size));
    const refuse = () => {
      request.off("data", keep).off("end", done);
      chunks.length = 0;
      discardRest(request, discardLimitBytes);
      reject(new BodyTooLargeError(limitBytes));
    };
    request.once("error", reject);
    if (Number(request.headers["content-length"]) > limitBytes) return refuse();
    request.on("data", keep).once("end", done);
  });
}

/** Reads the rest of the body without keeping it; past `limitBytes`, drops the connection. */
function discardRest(request: IncomingMessage, limitBytes: number): void {
  let discarded = 0;
  request.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > limitBytes) request.destroy();
  });
  request.resume();
}
