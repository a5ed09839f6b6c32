import { describe, expect, test } from "vitest";
import { limitRetryAfter } from "../../../src/engine/respond/retry-after.js";

describe("limitRetryAfter", () => {
  const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toUTCString();

  test.each<[string, Record<string, string>, number | undefined, string | undefined]>([
    ["no limit: as documented", { "retry-after": "30" }, undefined, "30"],
    ["seconds over the limit", { "retry-after": "30" }, 2, "2"],
    ["seconds within the limit", { "retry-after": "1" }, 2, "1"],
    ["a limit of 0", { "retry-after": "30" }, 0, "0"],
    ["an HTTP date further off", { "retry-after": inSeconds(120) }, 5, "5"],
    ["no Retry-After", {}, 5, undefined],
  ])("%s", (_, headers, maxSeconds, sent) => {
    expect(limitRetryAfter(headers, maxSeconds)["retry-after"]).toBe(sent);
  });

  test("an HTTP date within the limit is kept as sent", () => {
    const date = inSeconds(1);
    expect(limitRetryAfter({ "retry-after": date }, 60)["retry-after"]).toBe(date);
  });
});
