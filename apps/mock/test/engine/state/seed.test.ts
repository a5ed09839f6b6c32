import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { MockEngine } from "../../../src/engine/engine.js";
import { createMockEngine } from "../../../src/engine/engine.js";
import { readSpecDocument } from "../../../src/vendors/spec-document.js";
import { MINI_SPEC } from "../../support/mini-vendor.js";
import { send, specsEngine, specsVendorNames } from "./stateful-engine.js";

// Read from the specs, so a vendor added to specs/ changes the expected message with it.
const SERVED = (await specsVendorNames()).join(", ");

let engine: MockEngine;
beforeAll(async () => {
  engine = await specsEngine({ stateful: true });
});
beforeEach(() => engine.state.clear());

const healthingChannel = {
  name: "Front desk",
  channel_type: "whatsapp",
  status: "connected",
  config: {},
  is_active: true,
  is_default: false,
  auto_reply_enabled: false,
  business_hours_enabled: false,
  assignment_mode: "round_robin",
  sla_enabled: false,
  total_conversations: 0,
  total_messages_sent: 0,
  total_messages_received: 0,
  created_at: "2024-01-01T00:00:00Z",
  updated_at: "2024-01-01T00:00:00Z",
};
const healthing = (changes: Record<string, unknown> = {}) => ({
  vendor: "healthing",
  operation: "updateChannel",
  pathParams: { channel_id: "42" },
  resource: healthingChannel,
  ...changes,
});

describe("seed: what is refused", () => {
  test.each<{ name: string; input: unknown; problems: string[] }>([
    { name: "not an object", input: [], problems: ["the seed must be a JSON object"] },
    {
      name: "an unknown field, no resource",
      input: {
        vendor: "healthing",
        operation: "updateChannel",
        pathParams: { channel_id: "1" },
        path: "/x",
      },
      problems: [
        "path: unknown field; use vendor, operation, pathParams, session, resource",
        "resource: must be a JSON object",
      ],
    },
    {
      name: "an unknown vendor",
      input: healthing({ vendor: "nope" }),
      problems: [`vendor: must be the prefix of a vendor the gateway serves (${SERVED})`],
    },
    {
      name: "an unknown operation",
      input: healthing({ operation: "updateThing" }),
      problems: [
        "operation: must be an operationId of healthing (operations that keep state: updateChannel)",
      ],
    },
    {
      name: "a bad session key",
      input: healthing({ session: "a b" }),
      problems: ["session: must be 1 to 64 letters, digits, '-' or '_'"],
    },
    {
      name: "path parameters missing, unknown, or not strings",
      input: healthing({ pathParams: { channelId: "42" } }),
      problems: [
        "pathParams.channelId: not a path parameter of updateChannel (channel_id)",
        "pathParams.channel_id: required: it names the resource",
      ],
    },
    {
      name: "path parameters not strings",
      input: healthing({ pathParams: { channel_id: 42 } }),
      problems: ["pathParams: must be an object of strings"],
    },
    {
      name: "a numeric path parameter not written as a number",
      input: healthing({ pathParams: { channel_id: "0x2A" } }),
      problems: ["pathParams.channel_id: must be an integer, written as a JSON number"],
    },
    {
      name: "a path parameter against its schema",
      input: {
        vendor: "twilio-flex",
        operation: "updateInteractionChannel",
        pathParams: { InteractionSid: "KD0123456789abcdef0123456789abcdef", Sid: "UO1" },
        resource: {},
      },
      problems: [
        "pathParams.Sid: must NOT have fewer than 34 characters (minLength)",
        'pathParams.Sid: must match pattern "^UO[0-9a-fA-F]{32}$" (pattern)',
      ],
    },
    {
      name: "an identifier the path parameters contradict",
      input: healthing({ resource: { ...healthingChannel, id: 7 } }),
      problems: ["resource.id: must be 42, as the path parameters name it"],
    },
    {
      name: "the resource against the response schema",
      input: healthing({
        resource: {
          ...healthingChannel,
          is_active: "yes",
          name: undefined,
          total_conversations: 1.5,
        },
      }),
      problems: [
        "resource.name: required",
        "resource.is_active: must be boolean (type)",
        "resource.total_conversations: must be integer (type)",
      ],
    },
    {
      name: "a write-only field (a secret)",
      input: {
        vendor: "syllable",
        operation: "updateChannel",
        resource: { id: 3, name: "n", channel_service: "sip", config: { auth_token: "s3cr3t" } },
      },
      problems: ["resource.config.auth_token: write-only, never answered (a secret)"],
    },
    {
      name: "no body identifier where it names the resource",
      input: {
        vendor: "syllable",
        operation: "updateChannel",
        resource: { name: "n", channel_service: "sip" },
      },
      problems: ["resource.id: required"],
    },
  ])("$name", ({ input, problems }) => {
    expect(engine.state.seed(input)).toStrictEqual({ problems });
    expect(engine.state.list()).toStrictEqual([]);
  });
});

describe("seed: what is stored", () => {
  test("the resource, its identifiers filled in from the path parameters", () => {
    const seeded = engine.state.seed(healthing());
    const entry = {
      vendor: "healthing",
      operation: "updateChannel",
      key: "/api/v1/channels/42",
      session: null,
      resource: { ...healthingChannel, id: 42 },
    };
    expect(seeded).toStrictEqual({ entry });
    expect(engine.state.list()).toStrictEqual([entry]);
  });

  test("the next update starts from it", async () => {
    engine.state.seed(healthing());
    const answer = await send(engine, "healthing", {
      method: "PUT",
      path: "/api/v1/channels/42",
      json: { assignment_mode: "manual" },
    });
    expect(answer.body).toStrictEqual({ ...healthingChannel, id: 42, assignment_mode: "manual" });
  });

  test("keyed by the body identifier where the path names no resource", async () => {
    const resource = { id: 3, name: "n", channel_service: "sip", supported_modes: "voice" };
    expect(
      engine.state.seed({ vendor: "syllable", operation: "updateChannel", resource }),
    ).toMatchObject({ entry: { key: "/api/v1/channels/3" } });
    const answer = await send(engine, "syllable", {
      method: "PUT",
      path: "/api/v1/channels/",
      json: { id: 3, name: "renamed", channel_service: "sip", config: {}, supported_modes: "chat" },
    });
    expect(answer.body).toStrictEqual({
      id: 3,
      name: "renamed",
      channel_service: "sip",
      supported_modes: "chat",
      config: {},
      is_system_channel: true,
    });
  });

  test("in a session, only that session's requests see it; a second seed replaces the first", async () => {
    engine.state.seed(healthing({ session: "s1" }));
    engine.state.seed(
      healthing({ session: "s1", resource: { ...healthingChannel, name: "Again" } }),
    );
    const call = { method: "PUT", path: "/api/v1/channels/42", json: {} };
    const inSession = await send(engine, "healthing", { ...call, session: "s1" });
    const outside = await send(engine, "healthing", call);
    expect(inSession.body).toMatchObject({ name: "Again" });
    expect(outside.body).toMatchObject({ name: "Recepção WhatsApp" });
    expect(engine.state.list("s1")).toHaveLength(1);
  });
});

describe("an operation that names no one resource", () => {
  // The mini spec's POST goes to `/v1/Things/{Sid}.json`: not a path ending in the resource's id.
  test("keeps no state: it answers as stateless mode does, and cannot be seeded", async () => {
    const document = await readSpecDocument(MINI_SPEC);
    const mini = await createMockEngine(
      [{ name: "mini", title: "Mini", version: "1", errorFormat: "twilio", document }],
      { stateful: true },
    );
    const { vendor } = mini.route("/mini");
    if (!vendor) throw new Error("no mini vendor");
    const answer = await mini.handle(vendor, {
      method: "POST",
      path: "/v1/Things/TH1.json",
      query: {},
      headers: {
        authorization: `Basic ${Buffer.from("AC1:token").toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      readBody: async () => Buffer.from("Name=new"),
    });
    expect(answer).toMatchObject({ status: 200, body: { sid: "TH1", name: "new" } });
    expect(mini.state.list()).toStrictEqual([]);
    expect(
      mini.state.seed({
        vendor: "mini",
        operation: "updateThing",
        pathParams: { Sid: "TH1" },
        resource: {},
      }),
    ).toStrictEqual({ problems: ["operation: keeps no state (operations that keep state: none)"] });
  });
});
