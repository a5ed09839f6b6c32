import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { readBody } from "../../../src/transports/gateway/read-body.js";
import { BodyTooLargeError } from "../../../src/types.js";

interface FakeRequest {
  request: IncomingMessage;
  /** How many chunks the body reader pulled. */
  pulled: () => number;
}

/** A readable of these chunks standing in for an IncomingMessage with these headers. */
function fakeRequest(chunks: string[], headers: Record<string, string> = {}): FakeRequest {
  let pulled = 0;
  async function* body() {
    for (const chunk of chunks) {
      pulled += 1;
      yield Buffer.from(chunk);
    }
  }
  const request = Object.assign(Readable.from(body()), { headers }) as unknown as IncomingMessage;
  return { request, pulled: () => pulled };
}

describe("readBody", () => {
  test.each([
    { name: "empty", chunks: [], limit: 10, text: "" },
    { name: "one chunk", chunks: ["hello"], limit: 10, text: "hello" },
    { name: "several chunks", chunks: ["he", "ll", "o"], limit: 10, text: "hello" },
    { name: "exactly the limit", chunks: ["12345", "67890"], limit: 10, text: "1234567890" },
    { name: "multi-byte", chunks: ["é"], limit: 2, text: "é" },
    {
      name: "declared length at the limit",
      chunks: ["12345"],
      limit: 5,
      headers: { "content-length": "5" },
      text: "12345",
    },
    {
      name: "declared length not a number",
      chunks: ["abc"],
      limit: 5,
      headers: { "content-length": "lots" },
      text: "abc",
    },
  ])("under the limit: $name", async ({ chunks, limit, headers, text }) => {
    const body = await readBody(fakeRequest(chunks, headers).request, limit);
    expect(Buffer.isBuffer(body)).toBe(true);
    expect(body.toString("utf8")).toBe(text);
  });

  test.each([
    { name: "one chunk past it", chunks: ["12345678901"], limit: 10 },
    { name: "streamed past it", chunks: ["12345", "67890", "1"], limit: 10 },
    { name: "multi-byte past it", chunks: ["é"], limit: 1 },
    { name: "declared length under, streamed past", chunks: ["123", "456"], limit: 5, lie: "3" },
  ])("over the limit: $name", async ({ chunks, limit, lie }) => {
    const { request } = fakeRequest(chunks, lie === undefined ? {} : { "content-length": lie });
    const error = await readBody(request, limit).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error).toMatchObject({
      limitBytes: limit,
      message: `Request body is larger than ${limit} bytes`,
    });
  });

  test("a declared content-length over the limit is refused before a byte is read", async () => {
    const { request, pulled } = fakeRequest(["x", "y"], { "content-length": "2048" });
    await expect(readBody(request, 1024)).rejects.toThrow(new BodyTooLargeError(1024).message);
    expect(pulled()).toBe(0);
  });

  // Read and thrown away, not left unread: a client still writing then reads its 413.
  test.each<{ name: string; chunks: string[]; headers: Record<string, string> }>([
    { name: "declared too long", chunks: ["x", "y", "z"], headers: { "content-length": "2048" } },
    { name: "streamed past the limit", chunks: ["12345678901", "y", "z"], headers: {} },
  ])("the rest of a refused body is read to its end: $name", async ({ chunks, headers }) => {
    const { request, pulled } = fakeRequest(chunks, headers);
    await expect(readBody(request, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
    await new Promise((resolve) => request.once("end", resolve));
    expect(pulled()).toBe(chunks.length);
  });

  test("a client that sends more than the discard limit after the refusal loses its connection", async () => {
    const chunks = Array.from({ length: 10 }, () => "0123456789");
    const { request, pulled } = fakeRequest(chunks, { "content-length": "100" });
    await expect(readBody(request, 50, 25)).rejects.toBeInstanceOf(BodyTooLargeError);
    await new Promise((resolve) => request.once("close", resolve));
    expect(request.destroyed).toBe(true);
    expect(pulled()).toBeLessThan(chunks.length);
  });
});
