import { BodyTooLargeError } from "../../types.js";

/**
 * A fetch Request's body, refusing anything past `limitBytes`: on a Content-Length over it
 * before a byte is read, or as soon as the bytes read so far pass it (the rest is not read).
 */
export async function readRequestBody(request: Request, limitBytes: number): Promise<Buffer> {
  if (Number(request.headers.get("content-length")) > limitBytes)
    throw new BodyTooLargeError(limitBytes);
  if (request.body === null) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      // Not awaited: a stream MSW tees settles its cancel only once every branch is read.
      reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
