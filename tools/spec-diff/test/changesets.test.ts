import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { majorChangesets, parseChangeset, readPendingChangesets } from "../src/changesets.js";

describe("parseChangeset", () => {
  it.each([
    ['"@switchboard/twilio-flex": major', "major"],
    ["'@switchboard/twilio-flex': minor", "minor"],
    ['"@switchboard/twilio-flex":   patch  ', "patch"],
  ])("reads %s", (line, bump) => {
    const releases = parseChangeset(`---\n${line}\n---\n\nWhat changed.\n`, "x.md");
    expect([...releases]).toEqual([["@switchboard/twilio-flex", bump]]);
  });

  it("names the file whose front matter is not YAML", () => {
    expect(() => parseChangeset("---\n@switchboard/x: major\n---\n", "bad.md")).toThrow(
      /^bad\.md: /,
    );
  });

  it("reads several packages, and an empty changeset as none", () => {
    const text =
      '---\n"@switchboard/syllable": major\n"@switchboard/healthing": patch\n---\nBoth.\n';
    expect(Object.fromEntries(parseChangeset(text, "x.md"))).toEqual({
      "@switchboard/syllable": "major",
      "@switchboard/healthing": "patch",
    });
    expect(parseChangeset("---\n---\n\nNothing to release.\n", "empty.md").size).toBe(0);
  });

  it("rejects a file without front matter", () => {
    expect(() => parseChangeset("Just words.\n", "words.md")).toThrow(
      /words\.md has no front matter/,
    );
  });
});

describe("readPendingChangesets", () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("reads .changeset/*.md but its README, and maps packages to their major changesets", () => {
    root = mkdtempSync(path.join(tmpdir(), "spec-diff-changesets-"));
    mkdirSync(path.join(root, ".changeset"));
    const write = (name: string, text: string) =>
      writeFileSync(path.join(root!, ".changeset", name), text);
    write("README.md", "# Changesets\n\nNo front matter here.\n");
    write("config.json", "{}");
    write(
      "brave-cats.md",
      '---\n"@switchboard/twilio-flex": major\n---\n\nDrop Status=inactive.\n',
    );
    write("calm-dogs.md", '---\n"@switchboard/syllable": minor\n---\n\nA new field.\n');

    const changesets = readPendingChangesets(root);
    expect(changesets.map((changeset) => changeset.file)).toEqual([
      ".changeset/brave-cats.md",
      ".changeset/calm-dogs.md",
    ]);
    expect(Object.fromEntries(majorChangesets(changesets))).toEqual({
      "@switchboard/twilio-flex": [".changeset/brave-cats.md"],
    });
  });

  it("finds none where there is no .changeset folder", () => {
    root = mkdtempSync(path.join(tmpdir(), "spec-diff-changesets-"));
    expect(readPendingChangesets(root)).toEqual([]);
  });
});
