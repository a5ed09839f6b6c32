import { describe, expect, test } from "vitest";
import { CURATION_NOTE_LABEL, withCurationNotesInDescriptions } from "../src/curation-notes.js";

describe("withCurationNotesInDescriptions", () => {
  test.each([
    {
      name: "appends to an existing description",
      input: { description: "The channel.", "x-curation-note": "Kept open." },
      output: { description: `The channel.\n\n${CURATION_NOTE_LABEL} Kept open.` },
    },
    {
      name: "becomes the description when there is none",
      input: { anyOf: [{ type: "string" }, { type: "null" }], "x-curation-note": "Nullable." },
      output: {
        anyOf: [{ type: "string" }, { type: "null" }],
        description: `${CURATION_NOTE_LABEL} Nullable.`,
      },
    },
    {
      name: "reaches every depth, arrays included, and keeps other extensions",
      input: {
        paths: { "/x": { put: { "x-curation-note": "A", "x-provenance": "page" } } },
        list: [{ "x-curation-note": "B" }],
      },
      output: {
        paths: {
          "/x": { put: { "x-provenance": "page", description: `${CURATION_NOTE_LABEL} A` } },
        },
        list: [{ description: `${CURATION_NOTE_LABEL} B` }],
      },
    },
    {
      name: "leaves a property that is named description alone",
      input: { properties: { description: { type: "string" } } },
      output: { properties: { description: { type: "string" } } },
    },
  ])("$name", ({ input, output }) => {
    expect(withCurationNotesInDescriptions(input)).toEqual(output);
  });

  test("does not change its input", () => {
    const input = { "x-curation-note": "A" };
    withCurationNotesInDescriptions(input);
    expect(input).toEqual({ "x-curation-note": "A" });
  });
});
