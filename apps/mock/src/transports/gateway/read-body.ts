import type { IncomingMessage } from "node:http";
import { BodyTooLargeError } from "../../types.js";

// How much of an oversized body is read and thrown away before the connection is cut.
const DRAIN_FACTOR = 16;

/**
 * The raw body, refusing anything past `limitBytes`. A refused body is read to its end and
 * thrown away (up to a bound) before the refusal, so the 413 reaches a client that is still
 * writing, instead of a closed socket.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(request.headers["content-length"]) > limitBytes;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      tooLarge ||= size > limitBytes;
      if (!tooLarge) chunks.push(chunk);
      else if (size > limitBytes * DRAIN_FACTOR) {
        request.destroy();
        reject(new BodyTooLargeError(limitBytes));
      }
    });
    request.once("end", () =>
      tooLarge ? reject(new BodyTooLargeError(limitBytes)) : resolve(Buffer.concat(chunks)),
    );
    request.once("error", reject);
  });
}
