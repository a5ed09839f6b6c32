import { describe, expect, test } from "vitest";
import { SeededAnswers } from "../../../src/engine/fast-path/seeded-answers.js";

const ANSWER = {
  status: 200,
  headers: { "content-type": "application/json" },
  body: { sid: "TH0", tags: ["a"], nested: { color: "red" } },
};

describe("SeededAnswers", () => {
  test("keeps a frozen copy: neither the seed nor a later answer changes it", () => {
    const answers = new SeededAnswers();
    const original = structuredClone(ANSWER);
    const kept = answers.seed(undefined, original);
    original.body.nested.color = "blue";
    expect(answers.get(undefined)).toEqual(ANSWER);
    expect(kept).not.toBe(original);
    expect(() => {
      (kept.body as typeof ANSWER.body).nested.color = "green";
    }).toThrow(TypeError);
    expect(() => {
      (kept.headers as Record<string, string>)["x-extra"] = "1";
    }).toThrow(TypeError);
    expect(answers.get(undefined)).toEqual(ANSWER);
  });

  test.each<[string, string | undefined, string | undefined, boolean]>([
    ["no Accept is one key", undefined, undefined, true],
    ["an empty Accept is the same key as none", undefined, "", true],
    ["another Accept is another key", "application/json", "*/*", false],
  ])("by Accept: %s", (_, seededWith, askedWith, found) => {
    const answers = new SeededAnswers();
    answers.seed(seededWith, ANSWER);
    expect(answers.get(askedWith) !== undefined).toBe(found);
  });

  test("takes a few Accept values per operation, then only those it keeps", () => {
    const answers = new SeededAnswers(2);
    expect(answers.takes("a")).toBe(true);
    answers.seed("a", ANSWER);
    answers.seed("b", ANSWER);
    expect([answers.takes("a"), answers.takes("b"), answers.takes("c")]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
