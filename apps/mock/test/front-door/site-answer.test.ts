/** A docs site file as each request asks for it: compression, validators, revalidation. */
import { describe, expect, test } from "vitest";
import type { ContentEncoding, SiteFile } from "../../src/front-door/front-door-types.js";
import { siteAnswer } from "../../src/front-door/site-answer.js";

const TEXT = Buffer.from("<!DOCTYPE html><p>docs</p>".repeat(200));

/** A file whose encodings are tagged, so a test sees which one was sent without decoding. */
function file(compressible = true): SiteFile {
  return {
    body: TEXT,
    contentType: "text/html; charset=utf-8",
    etag: '"abc"',
    encoded: (encoding: ContentEncoding) =>
      compressible ? Promise.resolve(Buffer.from(`${encoding}:body`)) : undefined,
  };
}

describe("the encoding sent", () => {
  test.each([
    { acceptEncoding: undefined, sent: undefined },
    { acceptEncoding: "gzip, deflate, br, zstd", sent: "br" },
    { acceptEncoding: "gzip", sent: "gzip" },
    { acceptEncoding: "br;q=0, gzip;q=0.5", sent: "gzip" },
    { acceptEncoding: "BR", sent: "br" },
    { acceptEncoding: "*", sent: "br" },
    { acceptEncoding: "*;q=0, gzip", sent: "gzip" },
    { acceptEncoding: "identity", sent: undefined },
    { acceptEncoding: "br;q=0, gzip;q=0", sent: undefined },
  ])("Accept-Encoding $acceptEncoding: $sent", async ({ acceptEncoding, sent }) => {
    const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
    const answer = await siteAnswer(file(), headers);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe(sent);
    expect(answer.body).toStrictEqual(sent ? Buffer.from(`${sent}:body`) : TEXT);
    expect(answer.headers.etag).toBe(sent ? `"abc-${sent}"` : '"abc"');
    expect(answer.headers).toMatchObject({
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-cache",
      vary: "Accept-Encoding",
      "x-content-type-options": "nosniff",
    });
  });

  test("a file not worth compressing goes as it is, whatever is accepted", async () => {
    const answer = await siteAnswer(file(false), { "accept-encoding": "br, gzip" });
    expect([answer.headers["content-encoding"], answer.body]).toStrictEqual([undefined, TEXT]);
  });
});

describe("revalidation", () => {
  test.each([
    { ifNoneMatch: '"abc-br"', acceptEncoding: "br", status: 304 },
    { ifNoneMatch: 'W/"abc-br"', acceptEncoding: "br", status: 304 },
    { ifNoneMatch: '"old", "abc-gzip"', acceptEncoding: "gzip", status: 304 },
    { ifNoneMatch: "*", acceptEncoding: "br", status: 304 },
    { ifNoneMatch: '"abc"', acceptEncoding: "", status: 304 },
    // The tag of another encoding is another representation.
    { ifNoneMatch: '"abc-gzip"', acceptEncoding: "br", status: 200 },
    { ifNoneMatch: '"abc"', acceptEncoding: "br", status: 200 },
    { ifNoneMatch: '"old"', acceptEncoding: "br", status: 200 },
  ])("If-None-Match $ifNoneMatch, $acceptEncoding: $status", async (item) => {
    const answer = await siteAnswer(file(), {
      "if-none-match": item.ifNoneMatch,
      "accept-encoding": item.acceptEncoding,
    });
    expect(answer.status).toBe(item.status);
    if (item.status === 304) expect(answer.body).toBeUndefined();
  });
});
