import { describe, expect, test } from "vitest";
import type { JsonSchema } from "../../../src/engine/respond/echo.js";
import { appendRequested, applyUpdate } from "../../../src/engine/state/apply-update.js";
import type { UpdateSemantics } from "../../../src/engine/state/update-semantics.js";

const SETTINGS: JsonSchema = {
  type: "object",
  properties: {
    timeout: { type: "number" },
    label: { type: "string" },
    revision: { type: "integer", readOnly: true },
    token: { type: "string", writeOnly: true },
  },
};

const response: JsonSchema = {
  type: "object",
  required: ["id", "name", "kind"],
  properties: {
    id: { type: "integer" },
    name: { type: "string" },
    kind: { type: "string" },
    note: { type: ["string", "null"] },
    rate: { type: "integer" },
    tags: { type: ["array", "null"], items: { type: "string" } },
    members: {
      type: "array",
      items: { type: "object", required: ["user"], properties: { user: { type: "string" } } },
    },
    settings: { anyOf: [SETTINGS, { type: "null" }] },
    version: { type: "integer", readOnly: true },
    created_at: { type: "string" },
  },
};

// The body can set everything but `id`, `version` and `created_at`; `kind` is required in the
// response only, `rate` has a default.
const request: JsonSchema = {
  type: "object",
  required: ["name"],
  properties: {
    name: { type: "string" },
    kind: { type: "string" },
    note: { type: ["string", "null"] },
    rate: { type: "integer", default: 5 },
    tags: { type: ["array", "null"], items: { type: "string" } },
    members: { type: "array", items: SETTINGS },
    settings: {
      type: "object",
      properties: {
        timeout: { type: "number" },
        label: { type: "string" },
        token: { type: "string" },
      },
    },
  },
};

const stored = {
  id: 7,
  name: "stored",
  kind: "queue",
  note: "a note",
  rate: 9,
  tags: ["a"],
  members: [{ user: "ann" }],
  settings: { timeout: 1, label: "old", revision: 3 },
  version: 4,
  created_at: "2024-01-01T00:00:00Z",
  extra: "the server's own, undocumented",
};

const semantics = (style: UpdateSemantics["style"]): UpdateSemantics => ({
  style,
  appendParameter: "append",
  bodyIdentifier: undefined,
  responseSchema: response,
  requestSchema: request,
});

describe("replace", () => {
  test.each<{ name: string; body: Record<string, unknown>; expected: Record<string, unknown> }>([
    {
      name: "fields left out are gone; server-set, required and undocumented ones stay; defaults",
      body: { name: "new" },
      expected: {
        id: 7,
        name: "new",
        kind: "queue",
        rate: 5,
        version: 4,
        created_at: "2024-01-01T00:00:00Z",
        extra: "the server's own, undocumented",
      },
    },
    {
      name: "an object sent replaces the stored one, keeping its read-only fields",
      body: { name: "n", settings: { label: "new", token: "s3cr3t" } },
      expected: {
        id: 7,
        name: "n",
        kind: "queue",
        rate: 5,
        settings: { label: "new", revision: 3 },
        version: 4,
        created_at: "2024-01-01T00:00:00Z",
        extra: "the server's own, undocumented",
      },
    },
    {
      name: "what is sent is set: null, a list, a required field, the defaulted one",
      body: { name: "n", kind: "topic", note: null, tags: ["b"], rate: 1 },
      expected: {
        id: 7,
        name: "n",
        kind: "topic",
        note: null,
        rate: 1,
        tags: ["b"],
        version: 4,
        created_at: "2024-01-01T00:00:00Z",
        extra: "the server's own, undocumented",
      },
    },
    {
      name: "a value the response cannot hold leaves the stored one",
      body: { name: "n", members: [{ label: "no user" }] },
      expected: {
        id: 7,
        name: "n",
        kind: "queue",
        rate: 5,
        members: [{ user: "ann" }],
        version: 4,
        created_at: "2024-01-01T00:00:00Z",
        extra: "the server's own, undocumented",
      },
    },
  ])("$name", ({ body, expected }) => {
    expect(applyUpdate(stored, semantics("replace"), body, {}, false)).toStrictEqual(expected);
  });
});

describe("merge", () => {
  test.each<{ name: string; body: Record<string, unknown>; expected: Record<string, unknown> }>([
    { name: "what is sent changes", body: { note: "new" }, expected: { ...stored, note: "new" } },
    {
      name: "objects merge field by field; read-only and write-only fields are not set",
      body: { settings: { label: "new", revision: 99, token: "s3cr3t" }, version: 1 },
      expected: { ...stored, settings: { timeout: 1, label: "new", revision: 3 } },
    },
    {
      name: "a list sent replaces the stored list",
      body: { tags: ["b"] },
      expected: { ...stored, tags: ["b"] },
    },
    { name: "nothing sent: unchanged", body: {}, expected: stored },
  ])("$name", ({ body, expected }) => {
    expect(applyUpdate(stored, semantics("merge"), body, {}, false)).toStrictEqual(expected);
  });

  test("path parameters set the identifiers they name", () => {
    expect(applyUpdate(stored, semantics("merge"), {}, { thing_id: "12" }, false)).toStrictEqual({
      ...stored,
      id: 12,
    });
  });
});

describe("append", () => {
  test.each<{
    name: string;
    current?: Record<string, unknown>;
    body: Record<string, unknown>;
    expected: Record<string, unknown>;
  }>([
    {
      name: "each list sent goes after the stored one; scalars are set as usual",
      body: { tags: ["b", "c"], members: [{ user: "bob" }], note: "set" },
      expected: {
        ...stored,
        tags: ["a", "b", "c"],
        members: [{ user: "ann" }, { user: "bob" }],
        note: "set",
      },
    },
    {
      name: "a list the response cannot hold appends nothing",
      body: { members: [{ label: "no user" }] },
      expected: stored,
    },
    { name: "null still clears", body: { tags: null }, expected: { ...stored, tags: null } },
    {
      name: "a stored null is an empty list to append to",
      current: { ...stored, tags: null },
      body: { tags: ["x"] },
      expected: { ...stored, tags: ["x"] },
    },
  ])("$name", ({ current = stored, body, expected }) => {
    expect(applyUpdate(current, semantics("merge"), body, {}, true)).toStrictEqual(expected);
  });

  test.each<{ query: Record<string, string | string[]>; appended: boolean }>([
    { query: { append: "true" }, appended: true },
    { query: { append: "false" }, appended: false },
    { query: {}, appended: false },
    { query: { append: ["false", "true"] }, appended: true },
    { query: { other: "true" }, appended: false },
  ])("asked for by $query: $appended", ({ query, appended }) => {
    expect(appendRequested(semantics("merge"), query)).toBe(appended);
  });

  test("an operation without the flag never appends", () => {
    const without = { ...semantics("merge"), appendParameter: undefined };
    expect(appendRequested(without, { append: "true" })).toBe(false);
  });
});
