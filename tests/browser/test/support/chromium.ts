/**
 * Debian's Chromium driven by playwright-core (no browser download). A missing or broken
 * Chromium fails loudly with how to install it.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `browser suite: no Chromium at ${CHROMIUM_PATH}; install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  }
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  } catch (error) {
    throw new Error(
      `browser suite: Chromium at ${CHROMIUM_PATH} did not start: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}
