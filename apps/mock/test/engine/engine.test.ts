import { beforeAll, describe, expect, test } from "vitest";
import { createMockEngine, type MockEngine } from "../../src/engine/engine.js";
import { REQUEST_ID_HEADER } from "../../src/engine/journal/request-id.js";
import {
  BodyTooLargeError,
  type MockRequest,
  type MockResponse,
  type VendorSource,
} from "../../src/types.js";
import { readSpecDocument } from "../../src/vendors/spec-document.js";
import { MINI_SPEC } from "../support/mini-vendor.js";

const BASIC = `Basic ${Buffer.from("AC1:secret-token").toString("base64")}`;

let engine: MockEngine;
beforeAll(async () => {
  const document = await readSpecDocument(MINI_SPEC);
  const mini = { name: "mini", title: "Mini", version: "1", document };
  const sources: VendorSource[] = [
    { ...mini, errorFormat: "twilio" },
    // The same spec described with another error format: the description decides, not the spec.
    { ...mini, name: "mini-problem", errorFormat: "problem" },
  ];
  engine = await createMockEngine(sources, { journalLimit: 10 });
});

/** A request to the mini vendor's one operation; `body` stands for what the transport reads. */
function request(changes: Partial<MockRequest> & { body?: string } = {}): MockRequest {
  const { body = "Name=new", ...rest } = changes;
  return {
    method: "POST",
    path: "/v1/Things/TH1.json",
    query: {},
    headers: { authorization: BASIC, "content-type": "application/x-www-form-urlencoded" },
    readBody: async () => Buffer.from(body),
    ...rest,
  };
}

async function answer(prefix: string, changes?: Parameters<typeof request>[0]) {
  const { vendor } = engine.route(`/${prefix}/v1/Things/TH1.json`);
  if (!vendor) throw new Error(`no vendor at /${prefix}`);
  const answered = await engine.handle(vendor, request(changes));
  const [entry] = engine.journal.list().slice(-1);
  return { answered, entry };
}

describe("the engine, without a transport", () => {
  test("routes by prefix, in the order the vendors were given", () => {
    expect(engine.vendors.map(({ name }) => name)).toStrictEqual(["mini", "mini-problem"]);
    expect(engine.route("/mini/v1/Things/TH1.json")).toMatchObject({
      prefix: "mini",
      vendor: { name: "mini" },
      path: "/v1/Things/TH1.json",
    });
  });

  test("answers the documented example with the update echoed, under the journal's request id", async () => {
    const { answered, entry } = await answer("mini");
    const response = answered as MockResponse;
    expect(response.status).toBe(200);
    expect(Object.keys(response.headers)[0]).toBe(REQUEST_ID_HEADER);
    expect(response.headers[REQUEST_ID_HEADER]).toBe(entry?.requestId);
    expect(response.body).toStrictEqual({ sid: "TH1", name: "new" });
    expect(entry).toMatchObject({ vendor: "mini", operationId: "updateThing", status: 200 });
    expect(JSON.stringify(entry)).not.toContain(BASIC);
  });

  test("a form field that must hold JSON and does not is refused in the vendor's shape", async () => {
    const { answered } = await answer("mini", { body: "Meta=%7Bnope" });
    expect(answered).toMatchObject({
      status: 400,
      body: {
        code: 20001,
        message: "Invalid parameter Meta: Form field Meta must hold a JSON document",
      },
    });
  });

  test("a malformed fault header is refused before the body is read", async () => {
    let read = false;
    const { answered, entry } = await answer("mini", {
      headers: { authorization: BASIC, "x-mock-fault": "teapot=1" },
      readBody: async () => {
        read = true;
        return Buffer.alloc(0);
      },
    });
    expect(answered).toMatchObject({ status: 400, body: { code: 20001 } });
    expect((answered as MockResponse).body).toMatchObject({
      message: expect.stringMatching(
        /^Invalid parameter x-mock-fault: x-mock-fault: unknown fault "teapot"/,
      ),
    });
    expect(read).toBe(false);
    expect(entry?.status).toBe(400);
  });

  test("an injected status the operation does not document: an error of its own, with Retry-After", async () => {
    const { answered } = await answer("mini", {
      headers: { authorization: BASIC, "x-mock-fault": "status=503;retry-after=2" },
    });
    const response = answered as MockResponse;
    expect(response.status).toBe(503);
    expect(Object.keys(response.headers)).toStrictEqual([REQUEST_ID_HEADER, "retry-after"]);
    expect(response.headers["retry-after"]).toBe("2");
    expect(response.body).toMatchObject({ code: 20500, message: "Injected fault: 503" });
  });

  test("reset: no answer, and the journal says so with a null status", async () => {
    const { answered, entry } = await answer("mini", {
      headers: { authorization: BASIC, "x-mock-fault": "reset" },
    });
    expect(answered).toStrictEqual({ reset: true });
    expect(entry?.status).toBeNull();
  });

  test.each([
    { prefix: "mini", body: { code: 20001, message: "Request body is larger than 4 bytes" } },
    {
      prefix: "mini-problem",
      body: { type: "about:blank", title: "Request body is larger than 4 bytes", status: 413 },
    },
  ])(
    "a body over the transport's limit is a 413 in /$prefix's error format",
    async ({ prefix, body }) => {
      const { answered, entry } = await answer(prefix, {
        readBody: () => Promise.reject(new BodyTooLargeError(4)),
      });
      expect(answered).toMatchObject({ status: 413, body });
      expect(entry).toMatchObject({ status: 413, body: undefined });
    },
  );

  test("a transport's own read error is not an answer: it reaches the transport", async () => {
    const failure = new Error("socket hang up");
    const { vendor } = engine.route("/mini/v1/Things/TH1.json");
    await expect(
      engine.handle(vendor!, request({ readBody: () => Promise.reject(failure) })),
    ).rejects.toBe(failure);
  });
});
