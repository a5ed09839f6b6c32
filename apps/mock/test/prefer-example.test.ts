import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMockGateway, type MockGateway } from "../src/index.js";

const specsDir = fileURLToPath(new URL("../../../specs/", import.meta.url));
let gateway: MockGateway;
beforeAll(async () => {
  gateway = await startMockGateway({ specsDir });
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

  test("an unknown name is a 400 that lists the documented examples, not an unknown route", async () => {
    const response = await update("example=nope");
    expect(response.status).toBe(400);
    const { detail } = (await response.json()) as { detail: string };
    expect(detail).toMatch(
      /^Prefer: example=nope names no documented example \(documented: .*updatedChannel/,
    );
  });
});
