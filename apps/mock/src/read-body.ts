import type { IncomingMessage } from "node:http";

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`Request body is larger than ${limitBytes} bytes`);
  }
}

// How much of an oversized body is read and thrown away so the client can take its 413.
const DRAIN_FACTOR = 16;

/**
 * The raw body, refusing anything past `limitBytes` as soon as that is known. A refused body
 * is drained (up to a bound) rather than cut off, so the client is not writing into a closed
 * socket when the 413 arrives.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const refuse = () => {
      if (refused) return;
      refused = true;
      chunks.length = 0;
      reject(new BodyTooLargeError(limitBytes));
    };
    if (Number(request.headers["content-length"]) > limitBytes) refuse();
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) refuse();
      if (!refused) chunks.push(chunk);
      else if (size > limitBytes * DRAIN_FACTOR) request.destroy();
    });
    request.once("end", () => resolve(Buffer.concat(chunks)));
    request.once("error", reject);
  });
}
