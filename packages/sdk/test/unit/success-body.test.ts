import { describe, expect, test } from "vitest";
import { MAX_RAW_TEXT_LENGTH, readSuccessBody } from "../../src/success-body.js";

describe("readSuccessBody", () => {
  test.each<{ name: string; contentType: string | null; text: string | undefined; data: unknown }>([
    { name: "JSON", contentType: "application/json", text: '{"id":1}', data: { id: 1 } },
    {
      name: "JSON with a charset",
      contentType: "Application/JSON; charset=utf-8",
      text: "[1]",
      data: [1],
    },
    { name: "a +json type", contentType: "application/vnd.acme+json", text: "true", data: true },
    {
      name: "no body (204, or Content-Length: 0)",
      contentType: null,
      text: undefined,
      data: undefined,
    },
    { name: "an empty body", contentType: "text/html", text: "", data: undefined },
  ])("$name is data", ({ contentType, text, data }) => {
    expect(readSuccessBody(contentType, text)).toEqual({ data });
  });

  test.each<{ name: string; contentType: string | null; text: string; problem: RegExp }>([
    {
      name: "HTML",
      contentType: "text/html",
      text: "<html>ok</html>",
      problem: /content type is text\/html, not the JSON/,
    },
    {
      name: "JSON sent as text/plain",
      contentType: "text/plain",
      text: "{}",
      problem: /content type is text\/plain/,
    },
    { name: "no content type", contentType: null, text: "{}", problem: /content type is none/ },
    {
      name: "a json look-alike",
      contentType: "application/jsonp",
      text: "{}",
      problem: /application\/jsonp/,
    },
    {
      name: "JSON that does not parse",
      contentType: "application/json",
      text: '{"id":',
      problem: /not valid JSON/,
    },
  ])("$name is a problem, with the text", ({ contentType, text, problem }) => {
    const reading = readSuccessBody(contentType, text);
    expect(reading).toEqual({ problem: expect.stringMatching(problem), raw: text });
  });

  test(`the text kept is cut at ${MAX_RAW_TEXT_LENGTH} characters`, () => {
    const text = "x".repeat(MAX_RAW_TEXT_LENGTH * 10);
    const reading = readSuccessBody("application/json", text);
    expect(reading).toEqual({
      problem: expect.any(String),
      raw: `${"x".repeat(MAX_RAW_TEXT_LENGTH)}…`,
    });
  });
});
