import { createServer, type Server } from "node:http";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { closedPortUrl, faultPlanFetch, rewriteBodyFetch, rewriteUrlFetch } from "../src/index.js";

/** A server that answers with what it received. */
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      response.setHeader("content-type", "application/json");
      response.end(
        JSON.stringify({
          method: request.method,
          url: request.url,
          headers: request.headers,
          body,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function received(answer: Response) {
  return (await answer.json()) as {
    method: string;
    url: string;
    headers: Record<string, string>;
    body: string;
  };
}

describe("staging fetches", () => {
  test("faultPlanFetch faults the planned attempts only", async () => {
    const planned = faultPlanFetch(["status=503"]);
    const first = await received(await planned(`${base}/a`));
    const second = await received(await planned(`${base}/a`));
    expect(first.headers["x-mock-fault"]).toBe("status=503");
    expect(second.headers["x-mock-fault"]).toBeUndefined();
  });

  test("faultPlanFetch: the caller's abort still reaches the request after a garbage collection", async () => {
    // A server that never answers: only the abort can end the request.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(silent.address() as { port: number }).port}/a`;
    setFlagsFromString("--expose-gc");
    const collectGarbage = runInNewContext("gc") as () => void;
    try {
      const caller = new AbortController();
      // As openapi-fetch sends it: a Request built with the signal, held while it is in flight.
      const request = new Request(url, { method: "POST", body: "{}", signal: caller.signal });
      const outcome = faultPlanFetch(["delay=1"])(request).then(
        () => "answered",
        (error: Error) => error.name,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      collectGarbage();
      caller.abort();
      const hanging = new Promise((resolve) => setTimeout(() => resolve("still waiting"), 2_000));
      expect(await Promise.race([outcome, hanging])).toBe("AbortError");
      expect(request.signal.aborted).toBe(true);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  test("rewriteBodyFetch sends its body instead, to the same place", async () => {
    const answer = await rewriteBodyFetch((body) => body.toUpperCase())(`${base}/a?x=1`, {
      method: "PUT",
      body: "status=closed",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await received(answer)).toMatchObject({
      method: "PUT",
      url: "/a?x=1",
      body: "STATUS=CLOSED",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  });

  test("rewriteUrlFetch sends the same request elsewhere", async () => {
    const answer = await rewriteUrlFetch(`${base}/elsewhere?y=2`)(`${base}/a`, {
      method: "PATCH",
      body: '{"a":1}',
      headers: { authorization: "Bearer t" },
    });
    expect(await received(answer)).toMatchObject({
      method: "PATCH",
      url: "/elsewhere?y=2",
      body: '{"a":1}',
      headers: { authorization: "Bearer t" },
    });
  });

  test("closedPortUrl is a URL nothing answers at", async () => {
    await expect(fetch(await closedPortUrl())).rejects.toThrow();
  });
});
