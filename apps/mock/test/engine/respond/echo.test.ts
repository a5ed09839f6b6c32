import { describe, expect, test } from "vitest";
import { echoUpdate, propertyKey, type JsonSchema } from "../../../src/engine/respond/echo.js";

const SECRET = "s3cr3t-echo-value";

const schema: JsonSchema = {
  type: "object",
  properties: {
    id: { type: "integer", readOnly: true },
    sid: { type: "string" },
    name: { type: "string" },
    display_name: { type: "string" },
    status: { type: "string", enum: ["open", "closed"] },
    kind: { const: "channel" },
    count: { type: "integer" },
    ratio: { type: "number" },
    note: { type: ["string", "null"] },
    mode: { anyOf: [{ type: "string", enum: ["chat", "voice"] }, { type: "null" }] },
    label: {},
    tags: { type: "array" },
    created_at: { type: "string", readOnly: true },
    api_secret: { type: "string", writeOnly: true },
    settings: {
      type: "object",
      properties: {
        timeout: { type: "number" },
        label: { type: "string" },
        password: { type: "string", writeOnly: true },
        revision: { type: "integer", readOnly: true },
      },
    },
  },
};

const example = {
  id: 7,
  sid: "CH0",
  name: "example",
  display_name: "Example",
  status: "open",
  kind: "channel",
  count: 1,
  ratio: 0.5,
  note: "a note",
  mode: "chat",
  label: "plain",
  tags: ["x"],
  created_at: "2024-01-01T00:00:00Z",
  settings: { timeout: 1, label: "a", revision: 3 },
};

/** The example with these properties changed. */
const withChanges = (changes: Record<string, unknown>) => ({ ...example, ...changes });

describe("echoUpdate: body fields", () => {
  test.each<{ name: string; body: unknown; expected: Record<string, unknown> }>([
    { name: "same name", body: { name: "new" }, expected: withChanges({ name: "new" }) },
    { name: "upper case", body: { NAME: "new" }, expected: withChanges({ name: "new" }) },
    {
      name: "PascalCase for snake_case",
      body: { DisplayName: "D" },
      expected: withChanges({ display_name: "D" }),
    },
    {
      name: "camelCase for snake_case",
      body: { displayName: "D" },
      expected: withChanges({ display_name: "D" }),
    },
    {
      name: "kebab-case for snake_case",
      body: { "display-name": "D" },
      expected: withChanges({ display_name: "D" }),
    },
    {
      name: "several fields",
      body: { name: "n", status: "closed", count: 3 },
      expected: withChanges({ name: "n", status: "closed", count: 3 }),
    },
    { name: "unknown field is not added", body: { colour: "red" }, expected: example },
    {
      name: "enum member",
      body: { status: "closed" },
      expected: withChanges({ status: "closed" }),
    },
    { name: "not an enum member", body: { status: "weird" }, expected: example },
    { name: "const matches", body: { kind: "channel" }, expected: example },
    { name: "const differs", body: { kind: "room" }, expected: example },
    { name: "integer", body: { count: 3 }, expected: withChanges({ count: 3 }) },
    { name: "string for integer", body: { count: "3" }, expected: example },
    { name: "fraction for integer", body: { count: 2.5 }, expected: example },
    { name: "integer for number", body: { ratio: 2 }, expected: withChanges({ ratio: 2 }) },
    { name: "fraction for number", body: { ratio: 2.5 }, expected: withChanges({ ratio: 2.5 }) },
    { name: "boolean for number", body: { ratio: true }, expected: example },
    { name: "type list: null", body: { note: null }, expected: withChanges({ note: null }) },
    { name: "type list: string", body: { note: "b" }, expected: withChanges({ note: "b" }) },
    { name: "type list: number", body: { note: 5 }, expected: example },
    {
      name: "anyOf: enum member",
      body: { mode: "voice" },
      expected: withChanges({ mode: "voice" }),
    },
    { name: "anyOf: null", body: { mode: null }, expected: withChanges({ mode: null }) },
    { name: "anyOf: neither", body: { mode: "fax" }, expected: example },
    { name: "untyped: scalar", body: { label: 12 }, expected: withChanges({ label: 12 }) },
    { name: "untyped: object", body: { label: { a: 1 } }, expected: example },
    { name: "array", body: { tags: ["a", "b"] }, expected: withChanges({ tags: ["a", "b"] }) },
    { name: "string for array", body: { tags: "a" }, expected: example },
    { name: "readOnly id", body: { id: 99 }, expected: example },
    { name: "readOnly created_at", body: { CreatedAt: "2030-01-01T00:00:00Z" }, expected: example },
    { name: "writeOnly secret", body: { api_secret: SECRET }, expected: example },
    { name: "writeOnly secret, other case", body: { ApiSecret: SECRET }, expected: example },
    {
      name: "nested merge keeps the example's other fields",
      body: { settings: { timeout: 5 } },
      expected: withChanges({ settings: { timeout: 5, label: "a", revision: 3 } }),
    },
    {
      name: "nested merge matches names loosely and drops unknown",
      body: { Settings: { Label: "b", bogus: 1 } },
      expected: withChanges({ settings: { timeout: 1, label: "b", revision: 3 } }),
    },
    {
      name: "nested type rule",
      body: { settings: { timeout: "soon" } },
      expected: example,
    },
    {
      name: "nested readOnly and writeOnly",
      body: { settings: { password: SECRET, revision: 9 } },
      expected: example,
    },
    { name: "string for object", body: { settings: "off" }, expected: example },
    { name: "non-object body: string", body: "name=new", expected: example },
    { name: "non-object body: array", body: [{ name: "new" }], expected: example },
    { name: "non-object body: null", body: null, expected: example },
    { name: "no body", body: undefined, expected: example },
  ])("$name", ({ body, expected }) => {
    const result = echoUpdate(example, schema, body, {});
    expect(result).toStrictEqual(expected);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  test("the example itself is not changed", () => {
    const before = structuredClone(example);
    echoUpdate(example, schema, { name: "n", settings: { timeout: 9 } }, { sid: "CH9" });
    expect(example).toStrictEqual(before);
  });
});

describe("echoUpdate: path parameters", () => {
  test.each<{ name: string; pathParams: Record<string, string>; changes: Record<string, unknown> }>(
    [
      { name: "same-named property", pathParams: { sid: "CH1" }, changes: { sid: "CH1" } },
      { name: "loosely named property", pathParams: { Sid: "CH1" }, changes: { sid: "CH1" } },
      {
        name: "<x>_id sets id, as an integer",
        pathParams: { channel_id: "42" },
        changes: { id: 42 },
      },
      { name: "<x>Id sets id", pathParams: { channelId: "42" }, changes: { id: 42 } },
      { name: "negative integer", pathParams: { channel_id: "-3" }, changes: { id: -3 } },
      { name: "<x>_id that is not an integer", pathParams: { channel_id: "abc" }, changes: {} },
      { name: "coerced for integer", pathParams: { count: "12" }, changes: { count: 12 } },
      { name: "coerced for number", pathParams: { ratio: "2" }, changes: { ratio: 2 } },
      { name: "not coerced for string", pathParams: { name: "0042" }, changes: { name: "0042" } },
      { name: "enum member", pathParams: { status: "closed" }, changes: { status: "closed" } },
      { name: "not an enum member", pathParams: { status: "gone" }, changes: {} },
      { name: "no such property", pathParams: { region: "eu" }, changes: {} },
      {
        name: "two parameters",
        pathParams: { channel_id: "5", sid: "CH5" },
        changes: { id: 5, sid: "CH5" },
      },
    ],
  )("$name", ({ pathParams, changes }) => {
    expect(echoUpdate(example, schema, undefined, pathParams)).toStrictEqual(withChanges(changes));
  });

  test("a string id takes the parameter as it is", () => {
    const stringId: JsonSchema = { type: "object", properties: { id: { type: "string" } } };
    expect(echoUpdate({ id: "x" }, stringId, {}, { account_id: "007" })).toStrictEqual({
      id: "007",
    });
  });

  test.each<{ name: string; pathParams: Record<string, string>; before: string; after: string }>([
    {
      name: "the self link names the echoed identifiers",
      pathParams: { sid: "CH9", channel_id: "42" },
      before: "https://api.example/v1/Channels/CH0/Items/7",
      after: "https://api.example/v1/Channels/CH9/Items/42",
    },
    {
      name: "a link with a query names the echoed identifier",
      pathParams: { sid: "CH9" },
      before: "https://api.example/v1/Channels/CH0?page=1",
      after: "https://api.example/v1/Channels/CH9?page=1",
    },
    {
      name: "a segment that only contains the identifier is left alone",
      pathParams: { sid: "CH9" },
      before: "https://api.example/v1/CH0-archive/CH0",
      after: "https://api.example/v1/CH0-archive/CH9",
    },
    {
      name: "an identifier outside a path is left alone",
      pathParams: { sid: "CH9" },
      before: "CH0",
      after: "CH0",
    },
    {
      name: "doubled slashes, a fragment and a segment in the query",
      pathParams: { sid: "CH9" },
      before: "https://api.example//CH0#CH0/CH0?x=/CH0",
      after: "https://api.example//CH9#CH0/CH9?x=/CH9",
    },
    {
      name: "the identifier as the last segment after a trailing slash",
      pathParams: { sid: "C H/9" },
      before: "/v1/Channels/CH0/",
      after: "/v1/Channels/C%20H%2F9/",
    },
  ])("$name", ({ pathParams, before, after }) => {
    const linkedSchema: JsonSchema = {
      ...schema,
      properties: {
        ...schema.properties,
        url: { type: "string" },
        links: { type: "object", properties: { self: { type: "string" } } },
      },
    };
    const linked = { ...example, url: before, links: { self: before } };
    expect(echoUpdate(linked, linkedSchema, undefined, pathParams)).toMatchObject({
      url: after,
      links: { self: after },
    });
  });

  test("links anywhere in the example name the echoed identifier; the example is not changed", () => {
    const linkedSchema: JsonSchema = {
      ...schema,
      properties: { ...schema.properties, links: { type: "array" }, home: { type: "string" } },
    };
    const links = [
      { rel: "self", href: "https://api.example/v1/Channels/CH0" },
      { rel: "items", href: ["https://api.example/v1/Channels/CH0/Items", "/Other/CH1"] },
      { rel: "docs", href: "https://docs.example/v1/Channels" },
    ];
    const linked = { ...example, links, home: "https://api.example/" };
    const before = structuredClone(linked);
    expect(echoUpdate(linked, linkedSchema, undefined, { sid: "CH 9" })).toStrictEqual({
      ...example,
      sid: "CH 9",
      links: [
        { rel: "self", href: "https://api.example/v1/Channels/CH%209" },
        { rel: "items", href: ["https://api.example/v1/Channels/CH%209/Items", "/Other/CH1"] },
        { rel: "docs", href: "https://docs.example/v1/Channels" },
      ],
      home: "https://api.example/",
    });
    expect(linked).toStrictEqual(before);
  });

  test.each([
    { name: "items with every required property", hooks: [{ id: 1, url: "u" }], echoed: true },
    { name: "items without a required property", hooks: [{ url: "u" }], echoed: false },
    { name: "items of the wrong type", hooks: [{ id: "1", url: "u" }], echoed: false },
    { name: "no items", hooks: [], echoed: true },
  ])("a list of objects is echoed only with $name", ({ hooks, echoed }) => {
    const listSchema: JsonSchema = {
      type: "object",
      properties: {
        hooks: {
          type: ["array", "null"],
          items: {
            type: "object",
            required: ["id"],
            properties: { id: { type: "integer" }, url: { type: "string" } },
          },
        },
      },
    };
    const before = { hooks: [{ id: 9, url: "old" }] };
    expect(echoUpdate(before, listSchema, { hooks }, {})).toStrictEqual(
      echoed ? { hooks } : before,
    );
  });

  test("a list's items come back without write-only or unlisted fields (a webhook's secrets)", () => {
    const listSchema: JsonSchema = {
      type: "object",
      properties: {
        hooks: {
          type: "array",
          items: {
            type: "object",
            required: ["id"],
            properties: { id: { type: "integer" }, token: { type: "string", writeOnly: true } },
          },
        },
      },
    };
    const sent = { hooks: [{ id: 1, token: SECRET, auth_values: { key: SECRET } }] };
    const answer = echoUpdate({ hooks: [] }, listSchema, sent, {});
    expect(answer).toStrictEqual({ hooks: [{ id: 1 }] });
    expect(JSON.stringify(answer)).not.toContain(SECRET);
  });

  test("a path parameter wins over a body field of the same name", () => {
    expect(echoUpdate(example, schema, { sid: "CHbody" }, { sid: "CHpath" })).toStrictEqual(
      withChanges({ sid: "CHpath" }),
    );
  });
});

describe("echoUpdate: pass-through", () => {
  test.each<{ name: string; example: unknown; responseSchema: JsonSchema | undefined }>([
    { name: "array example", example: [{ name: "a" }], responseSchema: schema },
    { name: "string example", example: "ok", responseSchema: schema },
    { name: "number example", example: 1, responseSchema: schema },
    { name: "null example", example: null, responseSchema: schema },
    { name: "no example", example: undefined, responseSchema: schema },
    { name: "no schema", example: { name: "a" }, responseSchema: undefined },
    {
      name: "schema without properties",
      example: { name: "a" },
      responseSchema: { type: "object" },
    },
  ])("$name is returned as it is", ({ example: given, responseSchema }) => {
    expect(echoUpdate(given, responseSchema, { name: "b" }, { name: "c" })).toBe(given);
  });
});

// A secret must never come back, however the response schema nests the object holding it.
describe("echoUpdate: write-only fields inside objects the example does not merge", () => {
  const SECRET_TOKEN = "sometoken-must-not-echo";
  const channelConfig: JsonSchema = {
    type: "object",
    properties: {
      account_sid: { type: "string" },
      auth_token: { type: "string", writeOnly: true },
    },
  };

  test("a nullable object (anyOf [object, null]), as Syllable's Channel.config", () => {
    const channel: JsonSchema = {
      type: "object",
      properties: {
        name: { type: "string" },
        config: { anyOf: [channelConfig, { type: "null" }] },
      },
    };
    const result = echoUpdate(
      { name: "webchat", config: { account_sid: "AC0" } },
      channel,
      { name: "twilio", config: { account_sid: "AC123", auth_token: SECRET_TOKEN } },
      {},
    );
    expect(JSON.stringify(result)).not.toContain(SECRET_TOKEN);
  });

  test("an object the example leaves out", () => {
    const channel: JsonSchema = {
      type: "object",
      properties: { name: { type: "string" }, config: channelConfig },
    };
    const result = echoUpdate(
      { name: "webchat" },
      channel,
      { config: { account_sid: "AC123", auth_token: SECRET_TOKEN } },
      {},
    );
    expect(JSON.stringify(result)).not.toContain(SECRET_TOKEN);
  });
});

describe("propertyKey", () => {
  test.each([
    { name: "interaction_sid", key: "interactionsid" },
    { name: "InteractionSid", key: "interactionsid" },
    { name: "interactionSid", key: "interactionsid" },
    { name: "x-Rate.Limit 2", key: "xratelimit2" },
    { name: "", key: "" },
  ])("$name is $key, asked once or again", ({ name, key }) => {
    expect([propertyKey(name), propertyKey(name)]).toEqual([key, key]);
  });

  test("names past the number it keeps still get their keys", () => {
    const names = Array.from({ length: 5000 }, (_, n) => `Field_${n}`);
    expect(names.map(propertyKey)).toEqual(names.map((_, n) => `field${n}`));
    expect(names.map(propertyKey)).toEqual(names.map((_, n) => `field${n}`));
  });
});
