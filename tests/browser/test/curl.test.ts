/** The test's own curl reader, so a passing docs test means what it says. */
import { describe, expect, test } from "vitest";
import { parseCurl, shellWords } from "./support/curl.js";

describe("shellWords", () => {
  test.each([
    ["curl -X PUT", ["curl", "-X", "PUT"]],
    ["a 'b c' d", ["a", "b c", "d"]],
    ["'it'\\''s'", ["it's"]],
    ["a \\\n  b", ["a", "b"]],
    ["'{\"a\": 1}'", ['{"a": 1}']],
  ])("%j", (command, words) => {
    expect(shellWords(command)).toEqual(words);
  });

  test("an unterminated quote is an error", () => {
    expect(() => shellWords("curl 'oops")).toThrow(/unterminated quote/);
  });
});

describe("parseCurl", () => {
  test("JSON body, headers, method and URL", () => {
    expect(
      parseCurl(
        "curl -X PUT 'http://127.0.0.1:4010/x/1' \\\n  -H 'Authorization: Bearer t' \\\n  -H 'Content-Type: application/json' \\\n  --data '{\"name\":\"it'\\''s\"}'",
      ),
    ).toEqual({
      method: "PUT",
      url: "http://127.0.0.1:4010/x/1",
      headers: { Authorization: "Bearer t", "Content-Type": "application/json" },
      body: '{"name":"it\'s"}',
    });
  });

  test("form fields are percent-encoded the way curl encodes them", () => {
    expect(
      parseCurl(
        `curl -X POST u --data-urlencode 'Status=inactive' --data-urlencode 'Routing={"status":"closed"}'`,
      ).body,
    ).toBe("Status=inactive&Routing=%7B%22status%22%3A%22closed%22%7D");
  });

  test.each(["wget u", "curl -k u", "curl -X"])("%j is refused", (command) => {
    expect(() => parseCurl(command)).toThrow();
  });
});
