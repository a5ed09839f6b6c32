import { describe, expect, test } from "vitest";
import { docComment } from "../src/render-client.js";
import { bullet, listOf, paragraph, theApi, wrapWords } from "../src/prose.js";

describe("theApi", () => {
  test.each([
    { title: "Mini", phrase: "the Mini API" },
    { title: "Healthing API", phrase: "the Healthing API" },
    {
      title: "Syllable API (channels and outbound campaigns)",
      phrase: "the Syllable API (channels and outbound campaigns)",
    },
    {
      title: "IBM watsonx Orchestrate Phone Channel API",
      phrase: "the IBM watsonx Orchestrate Phone Channel API",
    },
    // "API" as a word, not inside one.
    { title: "Rapid", phrase: "the Rapid API" },
    { title: "APIs Inc", phrase: "the APIs Inc API" },
  ])("$title → $phrase", ({ title, phrase }) => {
    expect(theApi(title)).toBe(phrase);
  });
});

describe("listOf", () => {
  test.each([
    { items: [], list: "" },
    { items: ["a"], list: "a" },
    { items: ["a", "b"], list: "a and b" },
    { items: ["a", "b", "c"], list: "a, b and c" },
  ])("$items → $list", ({ items, list }) => {
    expect(listOf(items)).toBe(list);
  });
});

describe("wrapping at 100 columns", () => {
  const words = Array.from({ length: 60 }, (_, index) => `word${index}`).join(" ");

  test("wrapWords fills lines up to 100 columns with the prefix, keeping every word", () => {
    const lines = wrapWords(words, "  * ");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.startsWith("  * ")).toBe(true);
      expect(line.length).toBeLessThanOrEqual(100);
    }
    // Each line is as full as it may be: the next line's first word would not have fitted.
    lines.slice(1).forEach((line, index) => {
      expect(`${lines[index]} ${line.slice(4).split(" ")[0]}`.length).toBeGreaterThan(100);
    });
    expect(lines.map((line) => line.slice(4)).join(" ")).toBe(words);
  });

  test("a word longer than a line gets a line of its own", () => {
    const long = "x".repeat(120);
    expect(wrapWords(`a ${long} b`)).toEqual(["a", long, "b"]);
  });

  test("paragraph collapses whitespace and wraps", () => {
    expect(paragraph("one  two\nthree")).toBe("one two three");
    expect(paragraph(words).split("\n").length).toBe(wrapWords(words).length);
  });

  test("bullet indents its continuation lines under the text", () => {
    const lines = bullet(words).split("\n");
    expect(lines[0]!.startsWith("- word0 ")).toBe(true);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\S/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });

  test.each([
    { name: "on one line when it fits", text: "Short.", indent: "  ", comment: "  /** Short. */" },
    {
      name: "wrapped when it does not",
      text: words.slice(0, 150),
      indent: "",
      comment: ["/**", ...wrapWords(words.slice(0, 150), " * "), " */"].join("\n"),
    },
    { name: "with */ escaped", text: "a */ b", indent: "", comment: "/** a *\\/ b */" },
  ])("docComment: $name", ({ text, indent, comment }) => {
    expect(docComment(text, indent)).toBe(comment);
  });
});
