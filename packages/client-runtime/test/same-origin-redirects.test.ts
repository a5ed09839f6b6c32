import { describe, expect, test } from "vitest";
import {
  createSpecClient,
  CrossOriginRedirectError,
  MAX_REDIRECTS,
  sameOriginRedirects,
  type SpecMetadata,
} from "../src/index.js";

const VENDOR = "http://vendor.test";
const TOKEN = "canary-redirect-token-9b1e";

interface Seen {
  method: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * A stand-in network: `answer` decides each response from the request's URL; every request
 * that reaches it is recorded, so a test can assert what was (not) sent where.
 */
function network(answer: (url: URL) => Response) {
  const seen: Seen[] = [];
  const send = async (request: Request) => {
    seen.push({
      method: request.method,
      url: request.url,
      body: await request.text(),
      headers: Object.fromEntries(request.headers),
    });
    return answer(new URL(request.url));
  };
  return { seen, send };
}

/** Answers `status` with `location` at `/start`, 200 everywhere else. */
function redirectingOnce(status: number, location: string) {
  return network((url) =>
    url.pathname === "/start"
      ? new Response("moved", { status, headers: { location } })
      : Response.json({ at: url.pathname }),
  );
}

function put(url = `${VENDOR}/start`, method = "PUT") {
  return new Request(url, {
    method,
    body: JSON.stringify({ name: "queue" }),
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
  });
}

describe("a redirect to another origin is refused; nothing is sent there", () => {
  test.each([
    [301, "http://elsewhere.test/next"],
    [302, "http://elsewhere.test/next"],
    [303, "http://elsewhere.test/next"],
    [307, "http://elsewhere.test/next"],
    [308, "http://elsewhere.test/next"],
    [307, "http://vendor.test:8080/next"], // another port
    [307, "https://vendor.test/next"], // another scheme
    [307, "//elsewhere.test/next"], // scheme-relative
  ])("%i to %s", async (status, location) => {
    const { seen, send } = redirectingOnce(status, location);
    const refusal = sameOriginRedirects(send)(put());
    await expect(refusal).rejects.toBeInstanceOf(CrossOriginRedirectError);
    await expect(refusal).rejects.toMatchObject({ status, from: VENDOR });
    expect(seen.map((request) => request.url)).toEqual([`${VENDOR}/start`]);
  });

  test("the error names both origins, never a path, query string or user info", async () => {
    const location = "http://user:hunter2-pw@elsewhere.test:81/steal?key=canary-query-5d";
    const { send } = redirectingOnce(307, location);
    const error = await sameOriginRedirects(send)(put(`${VENDOR}/start?token=${TOKEN}`)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CrossOriginRedirectError);
    const { message, name, to } = error as CrossOriginRedirectError;
    expect(name).toBe("CrossOriginRedirectError");
    expect(to).toBe("http://elsewhere.test:81");
    expect(message).toBe(
      `refused a 307 redirect from ${VENDOR} to http://elsewhere.test:81: credentials and body go only to ${VENDOR}`,
    );
    for (const hidden of ["hunter2", "user", "steal", "canary-query", TOKEN, "/start"]) {
      expect(message).not.toContain(hidden);
    }
  });
});

describe("a redirect within the origin is followed as fetch follows it", () => {
  test.each([
    // status, method, the method and body the second request has
    { status: 307, method: "PUT", then: "PUT", keepsBody: true },
    { status: 308, method: "PATCH", then: "PATCH", keepsBody: true },
    { status: 307, method: "POST", then: "POST", keepsBody: true },
    { status: 308, method: "POST", then: "POST", keepsBody: true },
    { status: 303, method: "PUT", then: "GET", keepsBody: false },
    { status: 303, method: "POST", then: "GET", keepsBody: false },
    { status: 301, method: "POST", then: "GET", keepsBody: false },
    { status: 302, method: "POST", then: "GET", keepsBody: false },
    { status: 301, method: "PUT", then: "PUT", keepsBody: true },
    { status: 302, method: "PATCH", then: "PATCH", keepsBody: true },
  ])("$status after $method: $then", async ({ status, method, then, keepsBody }) => {
    const { seen, send } = redirectingOnce(status, "/moved?page=2");
    const response = await sameOriginRedirects(send)(put(undefined, method));
    expect(await response.json()).toEqual({ at: "/moved" });
    expect(seen).toHaveLength(2);
    const [first, second] = seen as [Seen, Seen];
    expect(second).toMatchObject({ method: then, url: `${VENDOR}/moved?page=2` });
    // Same origin: the credential goes along either way.
    expect(second.headers.authorization).toBe(`Bearer ${TOKEN}`);
    if (keepsBody) {
      expect(second.body).toBe(first.body);
      expect(second.headers["content-type"]).toBe("application/json");
    } else {
      expect(second.body).toBe("");
      expect(second.headers).not.toHaveProperty("content-type");
    }
  });

  test(`at most ${MAX_REDIRECTS} redirects, then a TypeError as fetch gives`, async () => {
    const { seen, send } = network(
      (url) => new Response(null, { status: 307, headers: { location: `${url.pathname}/x` } }),
    );
    await expect(sameOriginRedirects(send)(put())).rejects.toThrow(
      new TypeError(`more than ${MAX_REDIRECTS} redirects from ${VENDOR}`),
    );
    expect(seen).toHaveLength(MAX_REDIRECTS + 1);
  });
});

describe("other answers are handed back as they are", () => {
  test.each([
    ["a 304", new Response(null, { status: 304 })],
    ["a 300 with a Location", new Response(null, { status: 300, headers: { location: "/a" } })],
    ["a 307 without a Location", new Response(null, { status: 307 })],
    ["a 200", Response.json({ ok: 1 })],
  ])("%s", async (_label, answer) => {
    const { seen, send } = network(() => answer);
    expect(await sameOriginRedirects(send)(put())).toBe(answer);
    expect(seen).toHaveLength(1);
  });

  test.each(["manual", "error"] as const)(
    "a request asking for redirect: %s is sent as asked",
    async (redirect) => {
      const requests: Request[] = [];
      const answer = new Response(null, { status: 307, headers: { location: "http://a.test/" } });
      const send = async (request: Request) => (requests.push(request), answer);
      const response = await sameOriginRedirects(send)(new Request(VENDOR, { redirect }));
      expect(response).toBe(answer);
      expect(requests.map((request) => request.redirect)).toEqual([redirect]);
    },
  );

  test("each request goes out with redirect: manual, so fetch never follows on its own", async () => {
    const requests: Request[] = [];
    const send = async (request: Request) => (requests.push(request), Response.json({}));
    await sameOriginRedirects(send)(put());
    expect(requests.map((request) => request.redirect)).toEqual(["manual"]);
  });
});

describe("createSpecClient follows redirects the same way", () => {
  const metadata: SpecMetadata = {
    title: "Mini",
    version: "1",
    servers: [{ url: VENDOR }],
    securitySchemes: { Bearer: { type: "http", scheme: "bearer" } },
    operations: {
      updateThing: {
        method: "put",
        path: "/start",
        security: ["Bearer"],
        requestBody: { mediaType: "application/json", required: true },
      },
    },
  };
  const authentication = {
    clientName: "createMiniClient",
    scheme: "Bearer",
    credential: TOKEN,
    options: { secret: "token" },
  } as const;
  type Client = {
    PUT: (url: string, init: object) => Promise<{ response: Response }>;
  };

  test("with the client's fetch: a cross-origin 307 rejects, nothing reaches the other origin", async () => {
    const { seen, send } = redirectingOnce(307, "http://elsewhere.test/next");
    const client = createSpecClient(metadata, { baseUrl: VENDOR, fetch: send }, authentication);
    await expect(
      (client as unknown as Client).PUT("/start", { body: { name: "queue" } }),
    ).rejects.toBeInstanceOf(CrossOriginRedirectError);
    expect(seen.map((request) => request.url)).toEqual([`${VENDOR}/start`]);
  });

  test("with a per-request fetch too", async () => {
    const { seen, send } = redirectingOnce(308, "http://elsewhere.test/next");
    const client = createSpecClient(metadata, { baseUrl: VENDOR }, authentication);
    await expect(
      (client as unknown as Client).PUT("/start", { body: { name: "queue" }, fetch: send }),
    ).rejects.toBeInstanceOf(CrossOriginRedirectError);
    expect(seen).toHaveLength(1);
  });

  test("a same-origin 308 is followed with the encoded body and the credential", async () => {
    const { seen, send } = redirectingOnce(308, "/moved");
    const client = createSpecClient(metadata, { baseUrl: VENDOR, fetch: send }, authentication);
    const { response } = await (client as unknown as Client).PUT("/start", {
      body: { name: "queue" },
    });
    expect(response.status).toBe(200);
    expect(seen.map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      { method: "PUT", url: `${VENDOR}/start`, body: '{"name":"queue"}' },
      { method: "PUT", url: `${VENDOR}/moved`, body: '{"name":"queue"}' },
    ]);
    expect(seen[1]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});
