/*
 * Only a checked, successful update the caller did not ask the spec for touches the stored
 * resource: refusals, `Prefer`, queued status or example answers, faults and redirects leave it.
 */
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { MockEngine } from "../../../src/engine/engine.js";
import type { StubDefinition } from "../../../src/engine/stubs/stub.js";
import { send, specsEngine, type Call } from "./stateful-engine.js";

const VENDOR = "watsonx-orchestrate";
const KEY = "/api/v1/channels/phone/0f6c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
const update = (changes: Partial<Call> = {}): Call => ({
  method: "PATCH",
  path: KEY,
  json: { name: "changed" },
  ...changes,
});

let engine: MockEngine;
beforeAll(async () => {
  engine = await specsEngine({ stateful: true });
});
beforeEach(async () => {
  engine.state.clear();
  engine.stubs.clear();
  await send(engine, VENDOR, update({ json: { name: "stored" } }));
});

const stored = () => engine.state.get(VENDOR, KEY)?.resource as Record<string, unknown>;

const queued = (answer: StubDefinition["answer"]): StubDefinition => ({
  vendor: VENDOR,
  operation: "updatePhoneConfig",
  times: 1,
  answer,
});

describe("answers that leave the stored resource alone", () => {
  test.each<{ name: string; call: Call; stub?: StubDefinition; status: number }>([
    { name: "a refused body", call: update({ json: { name: 42 } }), status: 422 },
    { name: "no credentials", call: update({ headers: { authorization: "" } }), status: 401 },
    {
      name: "Prefer: example= (the plain example)",
      call: update({ headers: { prefer: "example=updatedConfig" } }),
      status: 200,
    },
    {
      name: "Prefer: code=200 (the example with this request echoed)",
      call: update({ headers: { prefer: "code=200" } }),
      status: 200,
    },
    {
      name: "Prism's query form, __example=",
      call: update({ query: { __example: "updatedConfig" } }),
      status: 200,
    },
    {
      name: "an injected fault status",
      call: update({ headers: { "x-mock-fault": "status=503" } }),
      status: 503,
    },
    {
      name: "a queued documented status",
      call: update(),
      stub: queued({ status: 200 }),
      status: 200,
    },
    {
      name: "a queued example",
      call: update(),
      stub: queued({ example: "updatedConfig" }),
      status: 200,
    },
    { name: "a queued error", call: update(), stub: queued({ status: 500 }), status: 500 },
  ])("$name", async ({ call, stub, status }) => {
    const before = stored();
    if (stub) engine.stubs.add(stub);
    const answer = await send(engine, VENDOR, call);
    expect(answer.status).toBe(status);
    expect(stored()).toStrictEqual(before);
    expect(before).toMatchObject({ name: "stored" });
    if (status === 200) expect(answer.body).not.toMatchObject({ name: "stored" });
  });

  test("Prefer: example= answers the documented example itself", async () => {
    const answer = await send(
      engine,
      VENDOR,
      update({ headers: { prefer: "example=updatedConfig" } }),
    );
    expect(answer.body).toMatchObject({
      id: "b6a1f0d2-4c3e-4f5a-9b8c-7d6e5f4a3b21",
      name: "<string>",
    });
  });

  test("a redirect (FastAPI's trailing slash) stores nothing", async () => {
    const channel = { id: 5, name: "n", channel_service: "sip", config: {} };
    const answer = await send(engine, "syllable", {
      method: "PUT",
      path: "/api/v1/channels",
      json: channel,
    });
    expect(answer.status).toBe(307);
    expect(engine.state.list().map(({ vendor }) => vendor)).toStrictEqual([VENDOR]);
  });
});

describe("answers that update it", () => {
  test("a queued delay alone: the documented answer, checked as usual", async () => {
    engine.stubs.add(queued({ delayMs: 0 }));
    const answer = await send(engine, VENDOR, update({ json: { description: "delayed" } }));
    expect(answer.body).toMatchObject({ name: "stored", description: "delayed" });
    expect(stored()).toMatchObject({ name: "stored", description: "delayed" });
  });

  test("a queued answer for another operation or session does not stand in", async () => {
    engine.stubs.add({ ...queued({ status: 500 }), session: "elsewhere" });
    const answer = await send(engine, VENDOR, update());
    expect(answer.status).toBe(200);
    expect(stored()).toMatchObject({ name: "changed" });
  });
});
