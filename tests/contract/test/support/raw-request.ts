/**
 * One request over node:http with full control of headers and body, for input `fetch` will
 * not send (a declared length over the limit, a chunked stream, a 64 KiB header).
 */
import { request as httpRequest } from "node:http";

export interface RawResult {
  /** The status, when the server answered. */
  status?: number;
  body?: string;
  /** How the exchange ended without an answer (ECONNRESET, socket hang up, ...). */
  error?: string;
}

/**
 * One request over node:http with full control of headers and body (a declared
 * content-length, or chunked when `chunked` is set). Resolves with the answer, or with the
 * error when the server closes the connection without one; never rejects.
 */
export function rawRequest(
  url: string,
  options: {
    method: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    chunked?: boolean;
  },
): Promise<RawResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: RawResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const headers: Record<string, string> = { connection: "close", ...options.headers };
    if (body !== undefined && !options.chunked) headers["content-length"] = String(body.length);
    const request = httpRequest(url, { method: options.method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        finish({ status: response.statusCode, body: Buffer.concat(chunks).toString("utf8") }),
      );
      response.on("error", () =>
        finish({ status: response.statusCode, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    request.on("error", (error: NodeJS.ErrnoException) =>
      finish({ error: error.code ?? error.message }),
    );
    if (body !== undefined && options.chunked) {
      // Several chunks, so the server sees a stream without a declared length.
      const size = 64 * 1024;
      for (let offset = 0; offset < body.length; offset += size) {
        request.write(body.subarray(offset, offset + size));
      }
      request.end();
    } else {
      request.end(body);
    }
  });
}
