import { createServer, type ServerResponse } from "node:http";
import { GATEWAY_SOURCE, MOCK_SOURCE_HEADER } from "@switchboard/client-runtime";
import { describe, expect, test } from "vitest";
import { sendOwn, sendResponse, serverUrl } from "../../../src/transports/gateway/http.js";

/** The answer a one-request server gives when `answer` writes it. */
async function answered(answer: (response: ServerResponse) => void): Promise<Response> {
  const server = createServer((_, response) => answer(response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await fetch(serverUrl(server));
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

describe("sendResponse", () => {
  test("an answer's Vary joins the gateway's Vary: Origin instead of replacing it", async () => {
    const response = await answered((reply) => {
      reply.setHeader("vary", "Origin");
      sendResponse(reply, { status: 200, headers: { vary: "Accept" }, body: { ok: true } });
    });
    expect(response.headers.get("vary")).toBe("Origin, Accept");
  });

  test("without a Vary set before, the answer's own is sent", async () => {
    const response = await answered((reply) =>
      sendResponse(reply, { status: 200, headers: { vary: "Accept" }, body: "text" }),
    );
    expect(response.headers.get("vary")).toBe("Accept");
  });
});

test("sendOwn marks the answer as the gateway's own", async () => {
  const response = await answered((reply) => sendOwn(reply, 404, { error: "nope" }));
  expect(response.status).toBe(404);
  expect(response.headers.get(MOCK_SOURCE_HEADER)).toBe(GATEWAY_SOURCE);
  expect(await response.json()).toStrictEqual({ error: "nope" });
});
