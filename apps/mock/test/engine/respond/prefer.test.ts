import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMockGateway, type AnyVendors, type MockGateway } from "../../../src/index.js";

const specs = fileURLToPath(new URL("../../../../../specs/", import.meta.url));
let gateway: MockGateway<AnyVendors>;
beforeAll(async () => {
  gateway = await startMockGateway({ specs });
});
afterAll(() => gateway.close());

const update = (prefer: string) =>
  fetch(`${gateway.vendors.healthing}/api/v1/channels/7`, {
    method: "PUT",
    headers: { authorization: "Bearer token", "content-type": "application/json", prefer },
    body: JSON.stringify({ assignment_mode: "echoed" }),
  });

describe("Prefer: example=", () => {
  test("returns the named example as documented, without echo", async () => {
    const response = await update("example=updatedChannel");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { assignment_mode: string };
    expect(body.assignment_mode).not.toBe("echoed");
  });

  test("an unknown name is a 400 that lists the success response's examples, not an unknown route", async () => {
    const response = await update("example=nope");
    expect(response.status).toBe(400);
    const { detail } = (await response.json()) as { detail: string };
    expect(detail).toMatch(
      /^Prefer: example=nope is not an example of the 200 response \(its examples: .*updatedChannel/,
    );
  });

  test("a name the chosen status documents is honoured", async () => {
    const response = await update("code=404, example=channelNotFound");
    expect(response.status).toBe(404);
  });
});

describe("Prism's query form of the preferences", () => {
  // The gateway only asks Prism for preferences when a request carries some.
  test("__example= in the query works like Prefer: example=", async () => {
    const response = await fetch(
      `${gateway.vendors.healthing}/api/v1/channels/7?__example=updatedChannel`,
      {
        method: "PUT",
        headers: { authorization: "Bearer token", "content-type": "application/json" },
        body: JSON.stringify({ assignment_mode: "echoed" }),
      },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { assignment_mode: string };
    expect(body.assignment_mode).not.toBe("echoed");
  });

  test("__code= in the query picks the documented response for that status", async () => {
    const response = await fetch(`${gateway.vendors.healthing}/api/v1/channels/7?__code=404`, {
      method: "PUT",
      headers: { authorization: "Bearer token", "content-type": "application/json" },
      body: JSON.stringify({ assignment_mode: "echoed" }),
    });
    expect(response.status).toBe(404);
  });
});

describe("Accept", () => {
  // Prism writes the request's Accept into the mock config it is given.
  test("one request's Accept does not carry over to the next request", async () => {
    const put = (headers: Record<string, string>) =>
      fetch(`${gateway.vendors.healthing}/api/v1/channels/7`, {
        method: "PUT",
        headers: { authorization: "Bearer token", "content-type": "application/json", ...headers },
        body: JSON.stringify({ assignment_mode: "echoed" }),
      });
    expect((await put({ accept: "text/plain" })).status).toBe(406);
    expect((await put({})).status).toBe(200);
  });
});
