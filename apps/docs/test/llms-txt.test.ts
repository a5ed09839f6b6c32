/** llms.txt: every API and operation of the specs, each linked to its reference section. */
import { describe, expect, test } from "vitest";
import { renderLlmsTxt } from "../src/llms-txt.js";
import type { SiteModel } from "../src/site-model.js";
import { realModel } from "./support.js";

const model = await realModel();
const text = renderLlmsTxt(model);
const links = [...text.matchAll(/^- \[(.+?)\]\((\S+?)\)/gm)].map(([, label, href]) => ({
  label: label!,
  href: href!,
}));

test("starts as llmstxt.org lays it out: a title, a summary quote, then sections", () => {
  expect(text.split("\n").slice(0, 3)).toEqual([
    "# Switchboard API docs",
    "",
    expect.stringMatching(/^> .*generated from hand-curated OpenAPI specs\.$/),
  ]);
  expect(text).toContain("- [Overview](index.html)");
});

describe.each(model.vendors)("$title", (vendor) => {
  test("has its section and its reference page", () => {
    expect(text).toContain(`\n## ${vendor.title}\n`);
    expect(links).toContainEqual({
      label: `${vendor.title} reference`,
      href: vendor.referencePage,
    });
  });

  test.each(vendor.operations)("links $operationId to its reference section", (operation) => {
    expect(links).toContainEqual({
      label: `${operation.method.toUpperCase()} ${operation.path}`,
      href: operation.referenceHref,
    });
    expect(operation.referenceHref.startsWith(`${vendor.referencePage}#`)).toBe(true);
  });
});

test("spec text cannot break a link: brackets in a summary are escaped", () => {
  const [vendor] = model.vendors;
  const [operation] = vendor!.operations;
  const odd: SiteModel = {
    vendors: [{ ...vendor!, operations: [{ ...operation!, summary: "Update [beta]\n  now" }] }],
  };
  expect(renderLlmsTxt(odd)).toContain("): Update \\[beta\\] now (`");
});
