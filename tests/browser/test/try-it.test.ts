/**
 * The "Try it" pages in Chromium: every operation of every manifest vendor sent from its form
 * to the gateway serving the docs, with its documented example (2xx, the journal entry of the
 * same request id shown) and with one broken field (the problem shown by its JSON Pointer); a
 * fault and a `Prefer` choice per vendor; no request leaving the origin; and, served from a
 * plain static server, the forms disabled with the command that starts the gateway.
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { pointerOf } from "@switchboard/client-runtime/spec";
import {
  bodyMutations,
  gateway,
  manifestVendors,
  mutatedBody,
  mutationLocation,
  operationsOf,
} from "@switchboard/test-support";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { launchChromium } from "./support/chromium.js";
import { foreignRequests, PHONE, saveScreenshot, visit, type Visit } from "./support/visit.js";

const DOCS_DIR = path.resolve(import.meta.dirname, "../../../apps/docs/dist");
const OFFLINE_COMMAND = "npx switchboard-mock --docs <site folder>";

const vendors = manifestVendors().map(({ name }) => ({ prefix: name }));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a vendor's try page and waits until its script has looked for the gateway. */
async function openTryPage(prefix: string, origin: string, viewport?: typeof PHONE) {
  const opened = await visit(browser, `${origin}/try/${prefix}.html`, viewport);
  await opened.page.waitForSelector("body[data-gateway]");
  return opened;
}

/** Submits a form and waits for its answer and journal entry; the result element. */
async function send(form: Locator): Promise<Locator> {
  const result = form.locator(".try-result");
  await result.evaluate((element) => {
    (element as HTMLElement).dataset.state = "";
  });
  await form.locator("button[type=submit]").click();
  await form.locator('.try-result[data-state="done"]').waitFor();
  return result;
}

async function statusOf(result: Locator): Promise<number> {
  return Number(await result.locator('[data-result="status"]').getAttribute("data-status"));
}

/** A refused request logs "Failed to load resource" in Chromium: that is the answer, not a bug. */
function unexpectedErrors(page: Visit): string[] {
  return page.errors.filter(
    (error) =>
      !/Failed to load resource: the server responded with a status of [45]\d\d/.test(error),
  );
}

describe.each(vendors)("the try page of $prefix on the gateway", ({ prefix }) => {
  let page: Visit;
  let origin: string;
  beforeAll(async () => {
    origin = gateway().url;
    page = await openTryPage(prefix, origin);
  });
  afterAll(async () => {
    expect(foreignRequests(page.requests, origin)).toEqual([]);
    expect(unexpectedErrors(page)).toEqual([]);
    await page.page.context().close();
  });

  test("finds the gateway and enables every form", async () => {
    expect(await page.page.getAttribute("body", "data-gateway")).toBe("present");
    expect(await page.page.locator("fieldset.try-fields[disabled]").count()).toBe(0);
    expect(await page.page.locator(".try-offline:visible").count()).toBe(0);
    expect(await page.page.locator("form.try-form").count()).toBe(operationsOf(prefix).length);
  });

  describe.each(operationsOf(prefix).map((operation) => ({ operation })))(
    "$operation.operationId",
    ({ operation }) => {
      const form = () => page.page.locator(`form[data-operation="${operation.operationId}"]`);

      test("the documented example: 2xx, and the journal entry of the same request", async () => {
        const result = await send(form());
        const status = await statusOf(result);
        expect(status, await result.innerText()).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(300);
        const requestId = await result.getAttribute("data-request-id");
        expect(requestId).toMatch(/\S/);
        const journal = result.locator('[data-result="journal"]');
        expect(await journal.getAttribute("data-request-id")).toBe(requestId);
        const entry = JSON.parse(await journal.innerText()) as Record<string, unknown>;
        expect(entry).toMatchObject({
          requestId,
          vendor: prefix,
          operationId: operation.operationId,
          status,
        });
        expect(await result.locator('[data-result="problems"] li').count()).toBe(0);
      });

      test("one broken field: refused, the problem shown by JSON Pointer", async () => {
        const media = operation.requestBody?.media[0];
        if (media === undefined) throw new Error(`${operation.label}: no request body to break`);
        const [mutation] = bodyMutations(operation, media);
        if (mutation === undefined) throw new Error(`${operation.label}: no body mutation`);
        const { body } = mutatedBody(mutation);
        const textarea = form().locator('[data-control="body"]');
        const documented = await textarea.inputValue();
        await textarea.fill(JSON.stringify(body, null, 2));
        const result = await send(form());
        await textarea.fill(documented);
        const status = await statusOf(result);
        expect(status).toBeGreaterThanOrEqual(400);
        expect(status).toBeLessThan(500);
        const pointers = await result.locator('[data-result="problems"] li code').allInnerTexts();
        expect(pointers).toContain(pointerOf(...mutationLocation(mutation)));
      });
    },
  );

  test("a fault choice: the documented status it names", async () => {
    const form = page.page.locator("form.try-form").first();
    const fault = form.locator('[data-control="fault"]');
    const [status] = (await fault
      .locator("option")
      .evaluateAll((options) =>
        options.map((option) => (option as HTMLOptionElement).value).filter(Boolean),
      )) as string[];
    if (status === undefined) throw new Error(`${prefix}: no documented error status to inject`);
    await fault.selectOption(status);
    const result = await send(form);
    await fault.selectOption("");
    expect(await statusOf(result)).toBe(Number(status));
    const entry = JSON.parse(await result.locator('[data-result="journal"]').innerText()) as {
      headers: Record<string, string>;
    };
    expect(entry.headers["x-mock-fault"]).toBe(`status=${status}`);
  });

  test("a Prefer choice: the example it names", async () => {
    const form = page.page.locator("form.try-form").first();
    const prefer = form.locator('[data-control="prefer"]');
    const [choice] = (await prefer
      .locator("option")
      .evaluateAll((options) =>
        options.map((option) => (option as HTMLOptionElement).value).filter(Boolean),
      )) as string[];
    if (choice === undefined) throw new Error(`${prefix}: no documented response example`);
    await prefer.selectOption(choice);
    const result = await send(form);
    await prefer.selectOption("");
    const code = /code=(\d+)/.exec(choice)?.[1];
    const status = await statusOf(result);
    if (code === undefined) expect(status).toBeLessThan(300);
    else expect(status).toBe(Number(code));
    const entry = JSON.parse(await result.locator('[data-result="journal"]').innerText()) as {
      headers: Record<string, string>;
    };
    expect(entry.headers.prefer).toBe(choice);
  });
});

test.each(vendors)(
  "the reference page of $prefix links each operation to its form and back",
  async ({ prefix }) => {
    const origin = gateway().url;
    const opened = await openTryPage(prefix, origin);
    for (const { operationId } of operationsOf(prefix)) {
      const tryUrl = `${origin}/try/${prefix}.html`;
      await opened.page.goto(tryUrl);
      const reference = opened.page.locator(
        `form[data-operation="${operationId}"] >> xpath=ancestor::section//p[@class="meta"]/a`,
      );
      const referenceUrl = await reference.evaluate((anchor) => (anchor as HTMLAnchorElement).href);
      expect(referenceUrl).toMatch(new RegExp(`/reference/${prefix}\\.html#/`));
      await opened.page.goto(referenceUrl);
      const back = opened.page.locator(`a[href="../try/${prefix}.html#try-${operationId}"]`);
      await back.first().waitFor({ state: "attached" });
      expect(await back.first().evaluate((anchor) => (anchor as HTMLAnchorElement).href)).toBe(
        `${tryUrl}#try-${operationId}`,
      );
    }
    expect(foreignRequests(opened.requests, origin)).toEqual([]);
    await opened.page.context().close();
  },
);

test("screenshots of a try page at desktop and phone width", async () => {
  const [first] = vendors;
  if (first === undefined) throw new Error("no vendor in the manifest");
  const origin = gateway().url;
  for (const [width, viewport] of [
    ["desktop", undefined],
    ["phone", PHONE],
  ] as const) {
    const opened = await openTryPage(first.prefix, origin, viewport);
    // With an answer and its journal entry on screen, as a reader sees it after Send.
    await send(opened.page.locator("form.try-form").first());
    const overflow = await opened.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await saveScreenshot(opened.page, `try-${first.prefix}-${width}`)).toMatch(/\.png$/);
    await opened.page.context().close();
  }
});

describe("on a static host (no gateway)", () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://localhost");
      const file = path.join(DOCS_DIR, path.normalize(decodeURIComponent(url.pathname)));
      if (!file.startsWith(DOCS_DIR)) return void response.writeHead(403).end();
      readFile(file).then(
        (bytes) => {
          const type = file.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8";
          response.writeHead(200, { "content-type": type }).end(bytes);
        },
        () => response.writeHead(404).end("not found"),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  test.each(vendors)(
    "the try page of $prefix disables every form and says how to start the gateway",
    async ({ prefix }) => {
      const opened = await openTryPage(prefix, origin);
      const { page } = opened;
      expect(await page.getAttribute("body", "data-gateway")).toBe("absent");
      const forms = await page.locator("form.try-form").count();
      expect(forms).toBe(operationsOf(prefix).length);
      expect(await page.locator("fieldset.try-fields[disabled]").count()).toBe(forms);
      const notices = await page.locator(".try-offline:visible").allInnerTexts();
      expect(notices).toHaveLength(forms);
      for (const notice of notices)
        expect(notice).toContain(`Start ${OFFLINE_COMMAND} to try this`);
      expect(foreignRequests(opened.requests, origin)).toEqual([]);
      await page.context().close();
    },
  );
});
