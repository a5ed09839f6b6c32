/**
 * The gateway's limits under attack, over HTTP. A body over the limit, whatever its size and
 * however it is framed, is answered 413 (marked as the gateway's own, and readable by a
 * browser) that the client actually reads, never a dropped connection it would retry. A body
 * that breaks tens of thousands of rules is answered with an error listing of bounded size.
 */
import { GATEWAY_SOURCE, MOCK_SOURCE_HEADER } from "@switchboard/client-runtime";
import { isObject, MAX_LISTED_VIOLATIONS } from "@switchboard/client-runtime/spec";
import {
  allOperations,
  credentialHeaders,
  exampleQuery,
  gateway,
  operationUrl,
  vendorUrl,
  type Operation,
} from "@switchboard/test-support";
import { describe, expect, test } from "vitest";

const MiB = 1024 * 1024;
const ORIGIN = "http://localhost:5173";
const withBody = allOperations().filter((operation) => operation.requestBody !== undefined);

/** `total` bytes of `a`, made as they are read: nothing this size is ever held in memory. */
function generatedBody(total: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk.length, total - sent);
      controller.enqueue(size === chunk.length ? chunk : chunk.subarray(0, size));
      sent += size;
    },
  });
}

function urlOf(operation: Operation): string {
  return operationUrl(vendorUrl(operation.vendor), operation, undefined, exampleQuery(operation));
}

describe("a body over the limit is answered 413, whatever its size", () => {
  const sizes = [2 * MiB, 64 * MiB, 513 * MiB];
  const cases = withBody.flatMap((operation) =>
    sizes.flatMap((size) =>
      (["chunked", "content-length"] as const).map((framing) => ({
        name: `${operation.label}: ${size / MiB} MiB, ${framing}`,
        operation,
        size,
        framing,
      })),
    ),
  );

  test.each(cases)("$name", async ({ operation, size, framing }) => {
    const response = await fetch(urlOf(operation), {
      method: operation.method,
      headers: {
        ...credentialHeaders(operation),
        "content-type": operation.requestBody!.media[0]!.mediaType,
        origin: ORIGIN,
        ...(framing === "content-length" ? { "content-length": String(size) } : {}),
      },
      body: generatedBody(size),
      duplex: "half",
    } as RequestInit);
    const text = await response.text();
    expect(response.status, text).toBe(413);
    expect(response.headers.get(MOCK_SOURCE_HEADER)).toBe(GATEWAY_SOURCE);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(JSON.stringify(JSON.parse(text))).toMatch(/larger than \d+ bytes/);

    const health = await fetch(`${gateway().url}/__health`);
    expect(health.status).toBe(200);
  });
});

describe("a body breaking tens of thousands of rules gets a bounded answer", () => {
  const UNKNOWN_KEYS = 60_000;

  /** The operation's documented body with 60 000 fields the spec does not know. */
  function bodyWithUnknownKeys(operation: Operation): { contentType: string; body: string } {
    const media = operation.requestBody!.media[0]!;
    const example = media.examples[0]?.value;
    const known = isObject(example) ? example : {};
    const unknown = Array.from({ length: UNKNOWN_KEYS }, (_, index) => [`k${index}`, "1"]);
    if (/json/i.test(media.mediaType)) {
      return {
        contentType: media.mediaType,
        body: JSON.stringify({ ...known, ...Object.fromEntries(unknown) }),
      };
    }
    const form = new URLSearchParams(unknown);
    for (const [name, value] of Object.entries(known)) {
      form.append(name, typeof value === "string" ? value : JSON.stringify(value));
    }
    return { contentType: media.mediaType, body: form.toString() };
  }

  test.each(withBody.map((operation) => [operation.label, operation] as const))(
    "%s",
    async (_, operation) => {
      const { contentType, body } = bodyWithUnknownKeys(operation);
      const response = await fetch(urlOf(operation), {
        method: operation.method,
        headers: { ...credentialHeaders(operation), "content-type": contentType },
        body,
      });
      const text = await response.text();
      // 100 problems of a few hundred bytes each, at most.
      expect(text.length).toBeLessThan(64 * 1024);
      if (response.status >= 400) {
        expect(response.status).toBeLessThan(500);
        expect(text).toMatch(
          new RegExp(`${UNKNOWN_KEYS - MAX_LISTED_VIOLATIONS} more [a-z ]*not listed`),
        );
      }
    },
  );
});
