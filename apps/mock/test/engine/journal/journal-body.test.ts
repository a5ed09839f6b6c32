import { describe, expect, test } from "vitest";
import { keptBodyJson, PREVIEW_CHARS } from "../../../src/engine/journal/journal-body.js";

const CANARY = "canary-7e4a";
const LIMIT = 64 * 1024;

function kept(text: string, contentType: string | undefined, jsonFormFields: string[] = []) {
  const json = keptBodyJson(
    { raw: Buffer.from(text), contentType, jsonFormFields: new Set(jsonFormFields) },
    LIMIT,
  );
  return json === undefined ? undefined : (JSON.parse(json) as unknown);
}

describe("keptBodyJson", () => {
  test.each([
    {
      name: "JSON, numbers and short secret words under secret names",
      text: JSON.stringify({ pin: 4321, passwd: CANARY, user_pin: [1, 2], name: "n" }),
      contentType: "application/json; charset=utf-8",
      body: {
        pin: "[REDACTED]",
        passwd: "[REDACTED]",
        user_pin: ["[REDACTED]", "[REDACTED]"],
        name: "n",
      },
    },
    {
      name: "vendor JSON media types",
      text: JSON.stringify({ api_key: CANARY }),
      contentType: "application/merge-patch+json",
      body: { api_key: "[REDACTED]" },
    },
    {
      name: "a form, its JSON field parsed",
      text: `Status=closed&Routing=${encodeURIComponent(JSON.stringify({ token: CANARY }))}`,
      contentType: "application/x-www-form-urlencoded",
      jsonFields: ["Routing"],
      body: { Status: "closed", Routing: { token: "[REDACTED]" } },
    },
    {
      name: "a form field holding undeclared JSON with a secret",
      text: `Note=${encodeURIComponent(JSON.stringify({ password: CANARY }))}&Keep=yes`,
      contentType: "application/x-www-form-urlencoded",
      body: { Note: "[REDACTED]", Keep: "yes" },
    },
    {
      name: "a string holding a URL with a secret query parameter",
      text: JSON.stringify({ callback: `https://x.test/hook?api_key=${CANARY}`, plain: "a=b" }),
      contentType: "application/json",
      body: { callback: "[REDACTED]", plain: "a=b" },
    },
    {
      name: "a property name holding a secret pair",
      text: JSON.stringify({ [`password=${CANARY}`]: 1 }),
      contentType: "application/json",
      body: { "[REDACTED]": "[REDACTED]" },
    },
    {
      name: "JSON null",
      text: "null",
      contentType: "application/json",
      body: null,
    },
  ])("$name: parsed and redacted", ({ text, contentType, jsonFields, body }) => {
    expect(kept(text, contentType, jsonFields)).toStrictEqual(body);
  });

  test.each([
    { name: "malformed JSON", text: `{"password": "${CANARY}"`, contentType: "application/json" },
    { name: "text", text: `password=${CANARY}`, contentType: "text/plain" },
    { name: "XML", text: `<a><password>${CANARY}</password></a>`, contentType: "application/xml" },
    { name: "no content type", text: `{"password": "${CANARY}"}`, contentType: undefined },
    {
      name: "multipart",
      text: `--b\r\n\r\n${CANARY}\r\n--b--`,
      contentType: "multipart/form-data; boundary=b",
    },
  ])("$name: only a marker of its media type and size", ({ text, contentType }) => {
    expect(kept(text, contentType)).toStrictEqual({
      $omitted: "unparsed",
      mediaType: contentType?.split(";")[0] ?? null,
      bytes: Buffer.byteLength(text),
    });
  });

  test("a body over the limit once redacted: a redacted preview and its size", () => {
    const text = JSON.stringify({ password: CANARY, note: "x".repeat(LIMIT) });
    const body = kept(text, "application/json");
    expect(body).toStrictEqual({
      $omitted: "truncated",
      mediaType: "application/json",
      bytes: text.length,
      preview: expect.stringMatching(/^\{"password":"\[REDACTED\]","note":"x+$/) as unknown,
    });
    expect((body as { preview: string }).preview).toHaveLength(PREVIEW_CHARS);
  });

  test("a body just within the limit once redacted is kept whole", () => {
    const note = "x".repeat(LIMIT - JSON.stringify({ note: "" }).length);
    expect(kept(JSON.stringify({ note }), "application/json")).toStrictEqual({ note });
  });

  test("no body: nothing", () => {
    expect(kept("", "application/json")).toBeUndefined();
  });
});
