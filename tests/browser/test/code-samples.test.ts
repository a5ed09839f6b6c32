/**
 * The landing page's code samples in Chromium: each vendor's clients are tabs (switched by
 * click and arrow keys), a copy button puts the exact sample on the clipboard, nothing leaves
 * the origin, and without JavaScript every sample stands on the page, stacked.
 */
import { gateway, manifestVendors } from "@switchboard/test-support";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { launchChromium } from "./support/chromium.js";
import { foreignRequests } from "./support/visit.js";

/** Each `<code data-sample="vendor.operation.client">` of the page as served, its text decoded. */
function samplesInHtml(html: string): Map<string, string> {
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return new Map(
    [...html.matchAll(/<code [^>]*data-sample="([^"]+)">([\s\S]*?)<\/code>/g)].map((m) => [
      decode(m[1]!),
      decode(m[2]!),
    ]),
  );
}

let browser: Browser;
let served: Map<string, string>;
beforeAll(async () => {
  browser = await launchChromium();
  served = samplesInHtml(await (await fetch(`${gateway().url}/`)).text());
});
afterAll(async () => {
  await browser?.close();
});

async function open(
  options: { javaScriptEnabled?: boolean; path?: string } = {},
): Promise<{ context: BrowserContext; page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const response = await page.goto(`${gateway().url}/${options.path ?? ""}`, { waitUntil: "load" });
  expect(response?.status()).toBe(200);
  return { context, page, requests, errors };
}

test("the page as served holds every client's sample of every operation", () => {
  for (const vendor of manifestVendors()) {
    for (const client of ["curl", "facade", "client"]) {
      const keys = [...served.keys()].filter((key) => key.startsWith(`${vendor.name}.`));
      expect(keys.filter((key) => key.endsWith(`.${client}`)).length, vendor.name).toBe(
        vendor.operations.length,
      );
    }
  }
});

describe("with JavaScript", () => {
  let page: Page;
  let context: BrowserContext;
  let requests: string[];
  let errors: string[];
  beforeAll(async () => {
    ({ page, context, requests, errors } = await open());
  });
  afterAll(() => context?.close());

  test.each(manifestVendors().map((vendor) => [vendor.name] as const))(
    "%s: the clients are tabs; switching one shows only its panel",
    async (name) => {
      const container = page.locator(`[data-code-samples="${name}"]`);
      const tabs = container.locator('[role="tab"]');
      const labels = await tabs.allInnerTexts();
      expect(labels.slice(0, 3)).toEqual(["curl", "Facade", "Client"]);
      const panels = container.locator('[role="tabpanel"]');
      expect(await panels.count()).toBe(labels.length);
      for (let index = labels.length - 1; index >= 0; index -= 1) {
        await tabs.nth(index).click();
        for (let other = 0; other < labels.length; other += 1) {
          expect(await tabs.nth(other).getAttribute("aria-selected")).toBe(String(other === index));
          expect(await panels.nth(other).isVisible(), `${labels[other]}`).toBe(other === index);
        }
      }
      // The arrow keys move along the tabs (from the first, now selected).
      await tabs.nth(0).focus();
      await page.keyboard.press("ArrowRight");
      expect(await tabs.nth(1).getAttribute("aria-selected")).toBe("true");
      expect(await panels.nth(1).isVisible()).toBe(true);
    },
  );

  test("a vendor's last tab (its official SDK, where it has one): copy puts the exact sample on the clipboard", async () => {
    // The vendor with the most clients, read from the page.
    const counts = await page.$$eval("[data-code-samples]", (containers) =>
      containers.map((c) => [
        c.getAttribute("data-code-samples") ?? "",
        c.querySelectorAll('[role="tab"]').length,
      ]),
    );
    const [name] = [...counts].sort((a, b) => Number(b[1]) - Number(a[1]))[0]!;
    const container = page.locator(`[data-code-samples="${name}"]`);
    const tabs = container.locator('[role="tab"]');
    const last = (await tabs.count()) - 1;
    for (const index of [2, last]) {
      await tabs.nth(index).click();
      const panel = container.locator('[role="tabpanel"]:visible');
      const code = panel.locator("code[data-sample]").first();
      const key = (await code.getAttribute("data-sample"))!;
      expect(served.has(key), key).toBe(true);
      const button = panel.locator(".copy-button").first();
      await button.click();
      await expect.poll(() => button.innerText()).toBe("Copied");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(served.get(key));
    }
  });

  test("every code block on the page has a copy button", async () => {
    const blocks = await page.locator("main pre").count();
    expect(blocks).toBeGreaterThan(served.size - 1);
    expect(await page.locator("main .code-block > .copy-button").count()).toBe(blocks);
  });

  test("no request leaves the origin, the script loads from it, and nothing logs an error", () => {
    expect(foreignRequests(requests, gateway().url)).toEqual([]);
    expect(requests).toContain(`${gateway().url}/assets/code-samples.js`);
    expect(errors).toEqual([]);
  });
});

test("without JavaScript every sample stands on the page, stacked under its heading", async () => {
  const { page, context, requests } = await open({ javaScriptEnabled: false });
  try {
    expect(await page.locator('[role="tab"]').count()).toBe(0);
    const codes = page.locator("code[data-sample]");
    expect(await codes.count()).toBe(served.size);
    for (let index = 0; index < served.size; index += 1) {
      expect(await codes.nth(index).isVisible()).toBe(true);
    }
    expect(await page.locator(".sample-label:visible").count()).toBeGreaterThan(0);
    expect(foreignRequests(requests, gateway().url)).toEqual([]);
  } finally {
    await context.close();
  }
});

test.each(
  manifestVendors().map((vendor) => [vendor.name, vendor.operations[0]!.operationId] as const),
)(
  "%s's reference page offers every client's sample of %s in Redoc's language menu",
  async (name, operationId) => {
    const expected = [...served.keys()].filter((key) => key.startsWith(`${name}.${operationId}.`));
    const { page, context, requests, errors } = await open({ path: `reference/${name}.html` });
    try {
      // Redoc's route for the operation, as the landing page links to it.
      const landing = await (await fetch(`${gateway().url}/`)).text();
      const href = new RegExp(
        `href="(reference/${name}\\.html#/[^"]*/${operationId.toLowerCase()})"`,
      ).exec(landing)?.[1];
      expect(href, operationId).toBeDefined();
      await page.goto(`${gateway().url}/${href}`, { waitUntil: "load" });
      const menu = page.locator('button[aria-haspopup="menu"]', { hasText: /^curl$/ }).first();
      await menu.click();
      const items = await page.getByRole("menuitem").allInnerTexts();
      expect(items.length).toBeGreaterThanOrEqual(expected.length);
      // The last client of the menu (its official SDK, where it has one) shows its sample.
      const lastKey = expected.at(-1)!;
      const last = items.filter((item) => item !== "Payload").at(-1)!;
      await page.getByRole("menuitem").filter({ hasText: last }).first().click();
      const firstLine = served.get(lastKey)!.split("\n")[0]!;
      await expect.poll(() => page.locator("body").innerText()).toContain(firstLine);
      expect(foreignRequests(requests, gateway().url)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  },
);
