/** The docs site served beside the vendor prefixes: files out, nothing outside the folder. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { request, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMockGateway, type AnyVendors, type MockGateway } from "../../../src/index.js";
import { createStaticSite } from "../../../src/transports/gateway/static-site.js";

/** A page worth compressing. */
const BIG = "<section><h2>An operation</h2><pre>curl -X PUT …</pre></section>\n".repeat(400);

let parent: string;
let folder: string;
beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "static-site-"));
  folder = path.join(parent, "site");
  await mkdir(path.join(folder, "reference"), { recursive: true });
  await writeFile(path.join(folder, "index.html"), "<h1>home</h1>");
  await writeFile(path.join(folder, "reference", "mini.html"), "<h1>mini</h1>");
  await writeFile(path.join(folder, "reference", "big.html"), BIG);
  await writeFile(path.join(parent, "secret.txt"), "outside the site");
});
afterAll(() => rm(parent, { recursive: true, force: true }));

describe("createStaticSite", () => {
  test.each([
    ["/", "<h1>home</h1>", "text/html; charset=utf-8"],
    ["/index.html", "<h1>home</h1>", "text/html; charset=utf-8"],
    ["/reference/mini.html", "<h1>mini</h1>", "text/html; charset=utf-8"],
    ["/reference/%6Dini.html", "<h1>mini</h1>", "text/html; charset=utf-8"],
  ])("%s is served", async (pathname, body, contentType) => {
    const file = await createStaticSite(folder)(pathname);
    expect(file?.body.toString()).toBe(body);
    expect(file?.contentType).toBe(contentType);
  });

  test.each([
    "/missing.html",
    "/reference",
    "/reference/",
    "/../secret.txt",
    "/..%2Fsecret.txt",
    "/reference/..%2F..%2Fsecret.txt",
    "/%2e%2e/secret.txt",
    "/index.html%00",
    "/..\\secret.txt",
    "/%E0%A4%A",
  ])("%s is absent", async (pathname) => {
    expect(await createStaticSite(folder)(pathname)).toBeUndefined();
  });
});

describe("the gateway with docsDir", () => {
  let gateway: MockGateway<AnyVendors>;
  beforeAll(async () => {
    gateway = await startMockGateway({
      docsDir: folder,
      specs: path.join(import.meta.dirname, "../../fixtures"),
    });
  });
  afterAll(() => gateway.close());

  test("serves the site at its root and says so", async () => {
    expect(gateway.docs).toBe(`${gateway.url}/`);
    const response = await fetch(`${gateway.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toBe("<h1>home</h1>");
    const health = (await (await fetch(`${gateway.url}/__health`)).json()) as { docs: string };
    expect(health.docs).toBe(`${gateway.url}/`);
  });

  test("HEAD has the headers and no body", async () => {
    const response = await fetch(`${gateway.url}/reference/mini.html`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe("13");
    expect(await response.text()).toBe("");
  });

  test("a path outside the site is the gateway's usual 404, and nothing is journaled", async () => {
    gateway.journal.clear();
    for (const pathname of ["/missing.html", "/..%2Fsecret.txt"]) {
      const response = await fetch(`${gateway.url}${pathname}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("outside the site");
    }
    expect(gateway.journal.list()).toEqual([]);
  });

  test("a page goes compressed as the client accepts, with its validator; a small one as it is", async () => {
    const url = `${gateway.url}/reference/big.html`;
    for (const [accepted, encoding, decode] of [
      ["br", "br", brotliDecompressSync],
      ["gzip", "gzip", gunzipSync],
    ] as const) {
      const response = await rawGet(url, { "accept-encoding": accepted });
      expect(response.headers["content-encoding"]).toBe(encoding);
      expect(response.headers.vary).toContain("Accept-Encoding");
      expect(decode(response.body).toString()).toBe(BIG);
      expect(response.body.length).toBeLessThan(BIG.length / 10);
    }
    const plain = await rawGet(url, {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG);
    const small = await rawGet(`${gateway.url}/`, { "accept-encoding": "br" });
    expect(small.headers["content-encoding"]).toBeUndefined();
  });

  test("revalidation: the ETag back gets a 304; a rebuilt page a new ETag and its new body", async () => {
    const url = `${gateway.url}/reference/big.html`;
    const first = await rawGet(url, { "accept-encoding": "br" });
    expect(first.headers["cache-control"]).toBe("no-cache");
    const etag = String(first.headers.etag);
    const again = await rawGet(url, { "accept-encoding": "br", "if-none-match": etag });
    expect([again.status, again.body.length]).toStrictEqual([304, 0]);
    await writeFile(path.join(folder, "reference", "big.html"), `${BIG}<p>rebuilt</p>`);
    const rebuilt = await rawGet(url, { "if-none-match": etag });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.headers.etag).not.toBe(etag);
    expect(rebuilt.body.toString()).toBe(`${BIG}<p>rebuilt</p>`);
  });

  test("writing to the site is not a thing", async () => {
    const response = await fetch(`${gateway.url}/index.html`, { method: "POST", body: "x" });
    expect(response.status).toBe(404);
  });
});

test("a docsDir without index.html stops the gateway from starting, naming the folder", async () => {
  await expect(startMockGateway({ docsDir: parent })).rejects.toThrow(
    `docsDir ${parent} has no index.html`,
  );
});

test("without docsDir there is no site", async () => {
  const gateway = await startMockGateway({
    specs: path.join(import.meta.dirname, "../../fixtures"),
  });
  try {
    expect(gateway.docs).toBeNull();
    expect((await fetch(`${gateway.url}/`)).status).toBe(404);
  } finally {
    await gateway.close();
  }
});

/** A GET over node:http, so the body comes as sent (fetch would decode it). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on("error", reject)
      .end();
  });
}
