/**
 * What a caller must never see and must never be left with: the canary credentials in anything
 * printable, and promise rejections nobody handles.
 */
import { inspect } from "node:util";
import { canarySecrets, canaryUsernames } from "@switchboard/test-support";
import { afterAll, beforeAll } from "vitest";

/** Every canary secret, and the canary user names of HTTP basic too. */
const SECRETS = [...canaryUsernames(), ...canarySecrets()];

/** The canary secrets found in `value` as `JSON.stringify` and `util.inspect` print it. */
export function leakedSecrets(value: unknown): string[] {
  const printed = [JSON.stringify(value), inspect(value, { depth: Infinity, showHidden: true })];
  return SECRETS.filter((secret) => printed.some((text) => text.includes(secret)));
}

/** Collects `unhandledRejection`s raised while the file's tests run. */
export function trackUnhandledRejections(): { reasons: unknown[] } {
  const tracked = { reasons: [] as unknown[] };
  const listener = (reason: unknown) => tracked.reasons.push(reason);
  beforeAll(() => {
    process.on("unhandledRejection", listener);
  });
  afterAll(() => {
    process.off("unhandledRejection", listener);
  });
  return tracked;
}

/** Lets pending rejections reach `unhandledRejection` (it fires after the microtask queue). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
