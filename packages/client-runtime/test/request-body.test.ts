import { describe, expect, test } from "vitest";
import { createBodySerializer, encodeFormBody } from "../src/index.js";

describe("createBodySerializer", () => {
  test.each([
    { mediaType: "application/json", body: { a: 1, b: [true] }, sent: '{"a":1,"b":[true]}' },
    { mediaType: "application/merge-patch+json", body: { a: null }, sent: '{"a":null}' },
    { mediaType: "application/x-www-form-urlencoded", body: { A: "x y" }, sent: "A=x+y" },
  ])("encodes $mediaType", ({ mediaType, body, sent }) => {
    expect(createBodySerializer({ mediaType, required: true })(body)).toBe(sent);
  });

  test("refuses a media type it cannot encode", () => {
    expect(() =>
      createBodySerializer({ mediaType: "multipart/form-data", required: true }),
    ).toThrow('Request media type "multipart/form-data" is not supported');
  });
});

describe("encodeFormBody", () => {
  const encoding = { Routing: { contentType: "application/json" } };

  test("sends a JSON-encoded property as one field holding the JSON document", () => {
    const form = encodeFormBody({ Status: "inactive", Routing: { status: "closed" } }, encoding);
    expect(form.toString()).toBe("Status=inactive&Routing=%7B%22status%22%3A%22closed%22%7D");
    expect(form.get("Routing")).toBe('{"status":"closed"}');
  });

  test.each([
    { body: { n: 1.5, t: true, s: "a&b=c" }, sent: "n=1.5&t=true&s=a%26b%3Dc" },
    { body: { list: ["a", "b"] }, sent: "list=a&list=b" },
    { body: { kept: "x", skipped: undefined }, sent: "kept=x" },
  ])("encodes $sent", ({ body, sent }) => {
    expect(encodeFormBody(body).toString()).toBe(sent);
  });

  test.each([
    { body: "Status=closed", rule: "A form body must be an object of fields" },
    { body: [1], rule: "A form body must be an object of fields" },
    { body: { Routing: { status: "closed" } }, rule: 'Form field "Routing" must be a string' },
    { body: { n: null }, rule: 'Form field "n" must be a string' },
  ])("refuses $body", ({ body, rule }) => {
    expect(() => encodeFormBody(body)).toThrow(rule);
  });
});
