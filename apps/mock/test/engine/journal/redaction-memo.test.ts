import { redactBody, redactHeaders } from "@switchboard/client-runtime";
import { describe, expect, test } from "vitest";
import { redactEmbedded } from "../../../src/engine/journal/embedded-secrets.js";
import { keptBodyJson, type ReceivedBody } from "../../../src/engine/journal/journal-body.js";
import { Journal, type ReceivedRequest } from "../../../src/engine/journal/journal.js";
import {
  MEMO_ENTRIES,
  MEMO_MAX_INPUT,
  RedactionMemo,
} from "../../../src/engine/journal/redaction-memo.js";

const CANARY = "canary-5d1c";

/** A memo whose `redact` counts its calls and answers `<kind>:<input>` with the canary cut out. */
function countingMemo(limit?: number, maxInput?: number) {
  const memo = new RedactionMemo(limit, maxInput);
  let calls = 0;
  const redacted = (kind: string, input: string | Buffer) =>
    memo.redacted(kind, input, () => {
      calls += 1;
      return `${kind}:${String(input).replaceAll(CANARY, "[REDACTED]")}`;
    });
  return { memo, redacted, calls: () => calls };
}

describe("RedactionMemo", () => {
  test.each([
    { name: "the same text", inputs: ["a", "a"], redactions: 1 },
    {
      name: "the same bytes as a Buffer",
      inputs: [Buffer.from("a"), Buffer.from("a")],
      redactions: 1,
    },
    { name: "different texts", inputs: ["a", "b"], redactions: 2 },
    {
      name: "a kind and input that run into another pair's",
      pairs: [
        ["ab", "c"],
        ["a", "bc"],
      ],
      redactions: 2,
    },
    {
      name: "one text under two kinds",
      pairs: [
        ["headers", "x"],
        ["query", "x"],
      ],
      redactions: 2,
    },
    {
      name: "an input over the size limit, each time",
      inputs: ["x".repeat(MEMO_MAX_INPUT + 1), "x".repeat(MEMO_MAX_INPUT + 1)],
      redactions: 2,
    },
    {
      name: "an input at the size limit, once",
      inputs: ["x".repeat(MEMO_MAX_INPUT), "x".repeat(MEMO_MAX_INPUT)],
      redactions: 1,
    },
  ])("redacts $name $redactions time(s)", ({ inputs, pairs, redactions }) => {
    const { redacted, calls } = countingMemo();
    const asked = pairs ?? (inputs ?? []).map((input) => ["k", input] as const);
    const outputs = asked.map(([kind, input]) => redacted(kind, input));
    expect(calls()).toBe(redactions);
    expect(outputs).toEqual(asked.map(([kind, input]) => `${kind}:${String(input)}`));
  });

  test("keeps the most recently used entries, up to its limit", () => {
    const { memo, redacted, calls } = countingMemo(2);
    redacted("k", "a");
    redacted("k", "b");
    redacted("k", "a"); // used again: now b is the oldest
    redacted("k", "c"); // b goes
    expect(memo.size).toBe(2);
    expect(calls()).toBe(3);
    redacted("k", "a");
    redacted("k", "c");
    expect(calls()).toBe(3);
    redacted("k", "b");
    expect(calls()).toBe(4);
  });

  test(`holds at most ${MEMO_ENTRIES} entries by default`, () => {
    const { memo, redacted } = countingMemo();
    for (let n = 0; n < MEMO_ENTRIES + 10; n++) redacted("k", `input ${n}`);
    expect(memo.size).toBe(MEMO_ENTRIES);
  });

  test("never holds the raw input, only a hash of it and the redacted output", () => {
    const { memo, redacted } = countingMemo();
    redacted("headers", `{"authorization":"Bearer ${CANARY}"}`);
    redacted("body", Buffer.from(`password=${CANARY}`));
    const held = memo.held();
    expect(held).toHaveLength(4);
    expect(held.filter((text) => text.includes(CANARY))).toEqual([]);
  });
});

const FORM_FIELDS = new Set(["Routing"]);

function received(overrides: Partial<ReceivedRequest>): ReceivedRequest {
  return {
    time: "2024-01-01T00:00:00.000Z",
    requestId: "request-1",
    vendor: "mini",
    operationId: "op",
    method: "POST",
    path: "/things/1",
    query: {},
    headers: {},
    session: null,
    ...overrides,
  };
}

const REQUESTS: { name: string; request?: Partial<ReceivedRequest>; body?: ReceivedBody }[] = [
  {
    name: "credentials in headers, a repeated header",
    request: {
      headers: {
        authorization: `Bearer ${CANARY}`,
        "x-api-key": CANARY,
        "set-cookie": ["a=1", `token=${CANARY}`],
        referer: `https://x.test/?api_key=${CANARY}`,
        accept: "*/*",
        absent: undefined,
      },
    },
  },
  {
    name: "credentials in the query and path",
    request: {
      path: `/things;token=${CANARY}/x`,
      query: { api_key: CANARY, list: ["1", `password=${CANARY}`], plain: "x" },
    },
  },
  {
    name: "a JSON body",
    request: { headers: { "content-type": "application/json" } },
    body: {
      raw: Buffer.from(JSON.stringify({ secret: CANARY, nested: { pin: 1234 }, name: "n" })),
      contentType: "application/json",
      jsonFormFields: FORM_FIELDS,
    },
  },
  {
    name: "a form, its JSON field parsed",
    body: {
      raw: Buffer.from(`Routing=${encodeURIComponent(JSON.stringify({ token: CANARY }))}&a=b`),
      contentType: "application/x-www-form-urlencoded",
      jsonFormFields: FORM_FIELDS,
    },
  },
  {
    name: "the same form read without JSON fields",
    body: {
      raw: Buffer.from(`Routing=${encodeURIComponent(JSON.stringify({ token: CANARY }))}&a=b`),
      contentType: "application/x-www-form-urlencoded",
      jsonFormFields: new Set(),
    },
  },
  {
    name: "the same bytes under another media type",
    body: {
      raw: Buffer.from(JSON.stringify({ secret: CANARY, nested: { pin: 1234 }, name: "n" })),
      contentType: "text/plain",
      jsonFormFields: FORM_FIELDS,
    },
  },
  {
    name: "a body over the memo's limit",
    body: {
      raw: Buffer.from(JSON.stringify({ secret: CANARY, filler: "x".repeat(MEMO_MAX_INPUT) })),
      contentType: "application/json",
      jsonFormFields: FORM_FIELDS,
    },
  },
];

describe("Journal with its redaction memo", () => {
  test("records every request as redacting it afresh does, the first time and every time after", () => {
    const journal = new Journal({ limit: 1000, maxBytes: 16 * 1024 * 1024 });
    const expected = REQUESTS.map(({ request, body }) => {
      const { headers, query } = received(request ?? {});
      return {
        headers: redactEmbedded(redactHeaders(headers)),
        query: redactEmbedded(redactBody(query)),
        body:
          body === undefined
            ? undefined
            : (JSON.parse(keptBodyJson(body, 64 * 1024) ?? "null") as unknown),
      };
    });
    for (let round = 0; round < 3; round++) {
      for (const { request, body } of REQUESTS) {
        const record = journal.record(received(request ?? {}));
        if (body) journal.recordBody(record, body);
      }
    }
    const entries = journal.list();
    expect(entries).toHaveLength(3 * REQUESTS.length);
    const recorded = entries.map(({ headers, query, body }) => ({ headers, query, body }));
    expect(recorded).toEqual([...expected, ...expected, ...expected]);
    expect(JSON.stringify(entries)).not.toContain(CANARY);
  });
});
