/**
 * Our pages on a phone (390 px) and on a desktop: the page never scrolls sideways, code wraps on
 * a phone (it may scroll in its box on a desktop), and a title word is never split. Screenshots of each, at both widths, land in
 * `.artifacts/` (`<page>-phone.png`, `<page>-desktop.png`).
 */
import { manifestVendors, gateway } from "@switchboard/test-support";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { launchChromium } from "./support/chromium.js";
import { DESKTOP, PHONE, saveScreenshot, visit, type Visit } from "./support/visit.js";

const [firstVendor] = manifestVendors();
const PAGES = [
  { name: "landing", path: "/" },
  { name: "mock", path: "/mock.html" },
  { name: `reference-${firstVendor!.name}`, path: `/reference/${firstVendor!.name}.html` },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(PAGES)("$name", ({ name, path }) => {
  describe.each([
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const)("at %s width", (width, viewport) => {
    let page: Visit;
    beforeAll(async () => {
      page = await visit(browser, `${gateway().url}${path}`, viewport);
      await saveScreenshot(page.page, `${name}-${width}`);
    });
    afterAll(() => page?.page.context().close());

    test("nothing scrolls sideways: not the page, and on a phone not a block of code", async () => {
      const overflow = await page.page.evaluate(() => ({
        page: document.documentElement.scrollWidth - window.innerWidth,
        code: [...document.querySelectorAll("pre")]
          .filter((pre) => pre.scrollWidth > pre.clientWidth + 1)
          .map((pre) => (pre.textContent ?? "").slice(0, 60)),
      }));
      expect(overflow.page).toBe(0);
      if (width === "phone") expect(overflow.code).toEqual([]);
    });

    test("the title's words are whole: each on one line", async () => {
      const split = await page.page.evaluate(() => {
        const title = document.querySelector("h1");
        const text = title?.firstChild;
        if (!title || !text || text.nodeType !== Node.TEXT_NODE) return ["no title text"];
        const words: string[] = [];
        const content = text.textContent ?? "";
        for (const match of content.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) words.push(match[0]);
        }
        return words;
      });
      expect(split).toEqual([]);
    });
  });
});
