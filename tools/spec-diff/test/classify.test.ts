import { describe, expect, it } from "vitest";
import { formatChange } from "../src/change.js";
import { classifyChanges } from "../src/classify.js";
import { BREAKING, NON_BREAKING, type EditCase } from "./cases.js";
import { things } from "./helpers.js";

async function classify(edit: EditCase["edit"]) {
  const head = things();
  edit(head);
  return classifyChanges(things(), head, "things.yaml");
}

describe("classifyChanges", () => {
  it("finds nothing between a spec and itself", async () => {
    expect(await classifyChanges(things(), things())).toEqual({ breaking: [], nonBreaking: [] });
  });

  it.each(BREAKING)(
    "classifies as breaking: $name",
    async ({ edit, rule, location, openapiDiff }) => {
      const { breaking } = await classify(edit);
      const lines = breaking.map(formatChange);
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^${escape(location)}: .*\\[${escape(rule)}\\]`)),
      );
      // What openapi-diff reports on its own (README.md's table).
      expect(
        breaking.some((change) => change.rule.startsWith("openapi-diff:")),
        lines.join("\n"),
      ).toBe(openapiDiff);
    },
  );

  it.each(NON_BREAKING)("classifies as not breaking: $name", async ({ edit }) => {
    const { breaking } = await classify(edit);
    expect(breaking.map(formatChange)).toEqual([]);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
