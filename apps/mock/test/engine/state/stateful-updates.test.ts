/*
 * Stateful mode through the engine, with the repository's specs: a sequence of updates to one
 * resource per operation, and the final state each leaves (answered, and stored).
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { MockEngine } from "../../../src/engine/engine.js";
import { send, sendAll, specsEngine, type Call } from "./stateful-engine.js";

let engine: MockEngine;
let stateless: MockEngine;
beforeAll(async () => {
  [engine, stateless] = await Promise.all([specsEngine({ stateful: true }), specsEngine()]);
});

/** The operation's documented success example, as `Prefer: example=` answers it. */
async function documented(vendor: string, call: Call, example: string) {
  const headers = { ...call.headers, prefer: `example=${example}` };
  const answer = await send(stateless, vendor, { ...call, headers });
  expect(answer.status).toBe(200);
  return answer.body as Record<string, unknown>;
}

const CONFIG = "0f6c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
const PHONE = `/api/v1/channels/phone/${CONFIG}`;
const patch = (json: unknown, query?: Record<string, string>): Call => ({
  method: "PATCH",
  path: PHONE,
  json,
  ...(query ? { query } : {}),
});

const CAMPAIGN = "/api/v1/outbound/campaigns/679645";
const campaign = {
  campaign_name: "Renewals",
  campaign_variables: { region: "north" },
  caller_id: "19995551234",
  active_days: ["mon", "tue"],
};

const INTERACTION = "KD0123456789abcdef0123456789abcdef";
const CHANNEL = "UO0123456789abcdef0123456789abcdef";
const TWILIO_CHANNEL = `/v1/Interactions/${INTERACTION}/Channels/${CHANNEL}`;
const TWILIO_EXAMPLE_INTERACTION = "KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const TWILIO_EXAMPLE_CHANNEL = "UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1";

/** The example with its identifiers, and the links naming them, replaced. */
function withIds(example: Record<string, unknown>, ids: Record<string, string>) {
  let text = JSON.stringify(example);
  for (const [from, to] of Object.entries(ids)) text = text.replaceAll(from, to);
  return JSON.parse(text) as Record<string, unknown>;
}

interface Sequence {
  name: string;
  vendor: string;
  /** The stored resource's path (`engine.state.get`). */
  key: string;
  calls: Call[];
  /** The documented example to build the expected state from: its name, and a call it answers. */
  example: { name: string; call: Call };
  expected: (example: Record<string, unknown>) => Record<string, unknown>;
}

const sequences: Sequence[] = [
  {
    name: "watsonx PATCH then PATCH: each merges into what the one before stored",
    vendor: "watsonx-orchestrate",
    key: PHONE,
    calls: [
      patch({ name: "Support hotline", description: "first" }),
      patch({ description: "second", put_caller_on_hold_on_transfer: false }),
    ],
    example: { name: "updatedConfig", call: patch({}) },
    expected: (example) => ({
      ...example,
      id: CONFIG,
      name: "Support hotline",
      description: "second",
      put_caller_on_hold_on_transfer: false,
    }),
  },
  {
    name: "watsonx PATCH of a nested object merges field by field; secrets are never stored",
    vendor: "watsonx-orchestrate",
    key: PHONE,
    calls: [
      patch({ security: { username: "sip-user", password: "s3cr3t-never-stored" } }),
      patch({ error_handling: { fallback_sip_uri: "sip:fallback@example.com" } }),
    ],
    example: { name: "updatedConfig", call: patch({}) },
    expected: (example) => ({
      ...example,
      id: CONFIG,
      security: { ...(example.security as object), username: "sip-user" },
      error_handling: {
        ...(example.error_handling as object),
        fallback_sip_uri: "sip:fallback@example.com",
      },
    }),
  },
  ...(
    [
      ["attached_environments", (n: number) => ({ agent_id: uuid(n), environment_id: uuid(n) })],
      ["custom_invite_headers", (n: number) => ({ name: `X-Header-${n}` })],
      ["phone_numbers", (n: number) => ({ phone_number: `+1415555010${n}` })],
    ] as const
  ).map(([field, item]): Sequence => ({
    name: `watsonx append=true appends to ${field}; without it the list is replaced`,
    vendor: "watsonx-orchestrate",
    key: PHONE,
    calls: [
      patch({ [field]: [item(1)] }),
      patch({ [field]: [item(2)] }, { append: "true" }),
      patch({ [field]: [item(3), item(4)], name: "appended" }, { append: "true" }),
      patch({ description: "lists untouched" }, { append: "true" }),
    ],
    example: { name: "updatedConfig", call: patch({}) },
    expected: (example) => ({
      ...example,
      id: CONFIG,
      name: "appended",
      description: "lists untouched",
      [field]: [item(1), item(2), item(3), item(4)],
    }),
  })),
  {
    name: "watsonx append=false replaces the list the append built",
    vendor: "watsonx-orchestrate",
    key: PHONE,
    calls: [
      patch({ phone_numbers: [{ phone_number: "+1" }] }, { append: "true" }),
      patch({ phone_numbers: [{ phone_number: "+2" }] }, { append: "false" }),
    ],
    example: { name: "updatedConfig", call: patch({}) },
    expected: (example) => ({
      ...example,
      id: CONFIG,
      phone_numbers: [{ phone_number: "+2" }],
    }),
  },
  {
    name: "Syllable campaign PUT replaces: a field left out is gone or back to its default",
    vendor: "syllable",
    key: CAMPAIGN,
    calls: [
      {
        method: "PUT",
        path: CAMPAIGN,
        json: {
          ...campaign,
          description: "Spring renewals",
          labels: ["spring"],
          hourly_rate: 25,
          max_daily_calls: 2500,
        },
      },
      { method: "PUT", path: CAMPAIGN, json: { ...campaign, active_days: ["fri"], mode: "sms" } },
    ],
    example: { name: "pageExample", call: { method: "PUT", path: CAMPAIGN, json: campaign } },
    expected: (example) => ({
      ...campaign,
      active_days: ["fri"],
      mode: "sms",
      // Server-set: the request cannot set them, so they stay as stored.
      id: 679645,
      last_updated_by: example.last_updated_by,
      agent_id: example.agent_id,
      created_at: example.created_at,
      updated_at: example.updated_at,
      // Left out: the request schema's defaults, as the vendor's model fills them in.
      hourly_rate: 1,
      retry_count: 0,
      include_unknown_line_types: true,
      webhooks: [],
    }),
  },
  {
    name: "Syllable channel PUT is keyed by the body's id and replaces the channel, config too",
    vendor: "syllable",
    key: "/api/v1/channels/1",
    calls: [
      {
        method: "PUT",
        path: "/api/v1/channels/",
        json: {
          id: 1,
          name: "support",
          channel_service: "sip",
          supported_modes: "chat,voice",
          is_system_channel: false,
          config: { telephony: { pre_input_timeout: 2, overall_input_timeout: 30 } },
        },
      },
      {
        method: "PUT",
        path: "/api/v1/channels/",
        json: { id: 2, name: "other", channel_service: "email", config: {} },
      },
      {
        method: "PUT",
        path: "/api/v1/channels/",
        json: {
          id: 1,
          name: "support-2",
          channel_service: "twilio",
          config: { auth_token: "s3cr3t-never-stored", telephony: { pre_input_timeout: 3 } },
        },
      },
    ],
    example: {
      name: "pageExample",
      call: {
        method: "PUT",
        path: "/api/v1/channels/",
        json: { id: 1, name: "x", channel_service: "sip", config: {} },
      },
    },
    expected: () => ({
      name: "support-2",
      channel_service: "twilio",
      id: 1,
      // The example's `supported_modes` was left out: gone. `is_system_channel`: its default.
      is_system_channel: true,
      config: { telephony: { pre_input_timeout: 3 } },
    }),
  },
  {
    name: "Twilio POST form updates merge: Status sets status, Routing is not the channel's",
    vendor: "twilio-flex",
    key: TWILIO_CHANNEL,
    calls: [
      {
        method: "POST",
        path: TWILIO_CHANNEL,
        form: { Status: "inactive", Routing: '{"status":"closed"}' },
      },
      { method: "POST", path: TWILIO_CHANNEL, form: { Status: "closed" } },
      {
        method: "POST",
        path: TWILIO_CHANNEL,
        form: { Status: "inactive", Routing: '{"status":"closed"}' },
      },
    ],
    example: {
      name: "closed",
      call: { method: "POST", path: TWILIO_CHANNEL, form: { Status: "closed" } },
    },
    expected: (example) => ({
      ...withIds(example, {
        [TWILIO_EXAMPLE_INTERACTION]: INTERACTION,
        [TWILIO_EXAMPLE_CHANNEL]: CHANNEL,
      }),
      status: "inactive",
    }),
  },
  {
    name: "Healthing PUT, whose body requires nothing, merges: what is left out stays",
    vendor: "healthing",
    key: "/api/v1/channels/42",
    calls: [
      { method: "PUT", path: "/api/v1/channels/42", json: { assignment_mode: "manual" } },
      { method: "PUT", path: "/api/v1/channels/42", json: { business_hours: null } },
    ],
    example: {
      name: "updatedChannel",
      call: { method: "PUT", path: "/api/v1/channels/42", json: {} },
    },
    expected: (example) => ({ ...example, id: 42, assignment_mode: "manual" }),
  },
];

function uuid(n: number): string {
  return `3c90c3cc-0d44-4b50-8888-8dd25736052${n}`;
}

describe("a sequence of updates to one resource", () => {
  test.each(sequences)("$name", async ({ vendor, key, calls, example, expected }) => {
    engine.state.clear();
    const final = await sendAll(engine, vendor, calls);
    const want = expected(await documented(vendor, example.call, example.name));
    expect(final.status).toBe(200);
    expect(final.body).toStrictEqual(want);
    expect(engine.state.get(vendor, key)?.resource).toStrictEqual(want);
    expect(JSON.stringify(engine.state.list())).not.toContain("s3cr3t");
  });

  test.each(sequences)("clearing restores the documented example: $name", async (sequence) => {
    const { vendor, key, calls } = sequence;
    const [first] = calls;
    if (!first) throw new Error("no calls");
    engine.state.clear();
    const fresh = await send(engine, vendor, first);
    await sendAll(engine, vendor, calls);
    expect(engine.state.get(vendor, key)).toBeDefined();
    engine.state.clear();
    expect(engine.state.get(vendor, key)).toBeUndefined();
    expect((await send(engine, vendor, first)).body).toStrictEqual(fresh.body);
  });

  // Syllable's PUTs replace, so what their bodies leave out of the example is gone; an append
  // adds to the example's lists.
  const merging = sequences.filter(
    ({ vendor, calls }) => vendor !== "syllable" && calls[0]?.query === undefined,
  );
  test.each(merging)(
    "the first update answers as stateless mode does: $name",
    async ({ vendor, calls }) => {
      engine.state.clear();
      const [first] = calls;
      if (!first) throw new Error("no calls");
      const stateful = await send(engine, vendor, first);
      expect(stateful.body).toStrictEqual((await send(stateless, vendor, first)).body);
    },
  );

  test("each resource path is its own resource", async () => {
    engine.state.clear();
    const other = `/api/v1/channels/phone/${uuid(9)}`;
    await send(engine, "watsonx-orchestrate", patch({ name: "one" }));
    await send(engine, "watsonx-orchestrate", { ...patch({ name: "two" }), path: other });
    expect(engine.state.get("watsonx-orchestrate", PHONE)?.resource).toMatchObject({ name: "one" });
    expect(engine.state.get("watsonx-orchestrate", other)?.resource).toMatchObject({
      id: uuid(9),
      name: "two",
    });
    expect(engine.state.list().map(({ key }) => key)).toStrictEqual([PHONE, other]);
  });
});

describe("clear and sessions", () => {
  test("clear: the next update starts from the documented example again", async () => {
    engine.state.clear();
    await send(engine, "watsonx-orchestrate", patch({ name: "before clear" }));
    engine.state.clear();
    expect(engine.state.list()).toStrictEqual([]);
    const answer = await send(engine, "watsonx-orchestrate", patch({ description: "after" }));
    const example = await documented("watsonx-orchestrate", patch({}), "updatedConfig");
    expect(answer.body).toStrictEqual({ ...example, id: CONFIG, description: "after" });
  });

  test("sessions keep their own resources, and clear(session) forgets only theirs", async () => {
    engine.state.clear();
    await send(engine, "watsonx-orchestrate", { ...patch({ name: "in a" }), session: "a" });
    await send(engine, "watsonx-orchestrate", { ...patch({ name: "in b" }), session: "b" });
    await send(engine, "watsonx-orchestrate", patch({ name: "outside" }));
    const again = await send(engine, "watsonx-orchestrate", { ...patch({}), session: "a" });
    expect(again.body).toMatchObject({ name: "in a" });
    expect(engine.state.get("watsonx-orchestrate", PHONE, "b")?.resource).toMatchObject({
      name: "in b",
    });
    expect(engine.state.get("watsonx-orchestrate", PHONE)?.resource).toMatchObject({
      name: "outside",
    });
    expect(engine.state.list("a").map(({ session }) => session)).toStrictEqual(["a"]);
    expect(engine.state.list(null).map(({ session }) => session)).toStrictEqual([null]);

    engine.state.clear("a");
    expect(engine.state.list().map(({ session }) => session)).toStrictEqual(["b", null]);
    engine.state.clear(null);
    expect(engine.state.list().map(({ session }) => session)).toStrictEqual(["b"]);
  });
});

describe("stateful mode off (the default)", () => {
  test("each update answers the example with only its own request echoed; nothing is stored", async () => {
    await send(stateless, "watsonx-orchestrate", patch({ name: "first" }));
    const second = await send(stateless, "watsonx-orchestrate", patch({ description: "second" }));
    const example = await documented("watsonx-orchestrate", patch({}), "updatedConfig");
    expect(second.body).toStrictEqual({ ...example, id: CONFIG, description: "second" });
    expect(stateless.state.enabled).toBe(false);
    expect(stateless.state.list()).toStrictEqual([]);
  });

  test("seeding is refused, saying how to turn it on", () => {
    expect(
      stateless.state.seed({
        vendor: "healthing",
        operation: "updateChannel",
        pathParams: { channel_id: "1" },
        resource: {},
      }),
    ).toStrictEqual({ problems: ["stateful mode is off: start it with stateful: true"] });
  });
});
