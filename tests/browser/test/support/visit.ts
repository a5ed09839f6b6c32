/**
 * Opens a page and keeps everything a test needs to judge it: every request it made, console
 * errors and uncaught exceptions, failed requests, and how long it took to load.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";

export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, "../../.artifacts");

export interface Visit {
  page: Page;
  /** Every URL the page requested, in order (the document included). */
  requests: string[];
  /** Console errors, uncaught exceptions and failed requests. */
  errors: string[];
  /** Navigation start to the end of the load event, in milliseconds. */
  loadMs: number;
}

/** The widths the suite looks at pages in. */
export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export async function visit(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Visit> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) =>
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`),
  );
  const response = await page.goto(url, { waitUntil: "load" });
  if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
  const loadMs = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType(
      "navigation",
    ) as PerformanceNavigationTiming[];
    return navigation ? navigation.loadEventEnd - navigation.startTime : Number.NaN;
  });
  return { page, requests, errors, loadMs };
}

/** A full-page screenshot under `.artifacts/`, named after the page. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Requests that left the page's origin (`data:` and `blob:` URLs stay in the page). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    return new URL(url).origin !== origin;
  });
}
