/** Options: mistakes are clear errors naming the option, at once; a vendor left out is absent. */
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { UpdateError } from "@switchboard/sdk";
import type { FacadeSettings } from "@switchboard/test-support";
import {
  ACME_TOKEN,
  ACME_VENDOR,
  acmeOptions,
  acmeSwitchboard,
  createAcmeSwitchboard,
} from "../support/acme-facade.js";
import { documentedRequest } from "../support/acme-requests.js";
import { createSwitchboardOver } from "@switchboard/sdk/core";

/** The facade's untyped face, to make the mistakes its types rule out. */
type Untyped = Record<string, unknown> & {
  update: (name: string, input: unknown) => Promise<unknown>;
};

describe("a vendor left out of the options", () => {
  // Two vendors in the registry, only `acme` configured.
  const sb = createSwitchboardOver(
    { acme: ACME_VENDOR, spare: ACME_VENDOR },
    { acme: { token: ACME_TOKEN } },
  ) as Untyped;

  test("its section throws a clear error when used", () => {
    expect(() => sb.spare).toThrow(
      /spare is not configured; pass its options as createSwitchboard\(\{ spare: \{ \.\.\. \} \}\)/,
    );
  });

  test("update by name throws the same error, synchronously", () => {
    expect(() => sb.update("spare.updateQueue", {})).toThrow(/spare is not configured/);
  });

  test("it is not listed among the facade's vendors", () => {
    expect(Object.keys(sb)).toEqual(["update", "acme"]);
  });
});

test.each([
  ["nowhere.updateQueue", /no vendor "nowhere"; there are acme$/],
  [
    "acme.deleteEverything",
    /acme has no operation "deleteEverything"; it has updateQueue, updateAgent$/,
  ],
  ["acme.toString", /acme has no operation "toString"/],
  ["constructor.name", /no vendor "constructor"/],
])("update(%j) throws naming what exists", (name, message) => {
  const sb = acmeSwitchboard() as unknown as Untyped;
  expect(() => sb.update(name, {})).toThrow(message);
});

test.each<[string, FacadeSettings, RegExp]>([
  [
    "retry.attempts 0",
    { retry: { attempts: 0 } },
    /options\.retry\.attempts must be a whole number of at least 1/,
  ],
  ["retry.attempts 1.5", { retry: { attempts: 1.5 } }, /options\.retry\.attempts/],
  [
    "retry.maxDelayMs -1",
    { retry: { maxDelayMs: -1 } },
    /options\.retry\.maxDelayMs must be a number of milliseconds/,
  ],
  ["timeoutMs 0", { timeoutMs: 0 }, /options\.timeoutMs must be a number of milliseconds above 0/],
  ["timeoutMs NaN", { timeoutMs: Number.NaN }, /options\.timeoutMs/],
])("%s is refused at creation", (_label, settings, message) => {
  expect(() => createAcmeSwitchboard({ acme: acmeOptions(), ...settings })).toThrow(message);
});

test("a bad per-call timeout is refused at the call, naming the option", () => {
  const sb = acmeSwitchboard();
  const input = documentedRequest("acme.updateQueue");
  expect(() => sb.update("acme.updateQueue", input, { timeoutMs: -5 })).toThrow(
    /options\.timeoutMs/,
  );
});

test("a missing credential names the option, and a bad one is not echoed", () => {
  expect(() => createAcmeSwitchboard({ acme: { token: "" } })).toThrow(
    /options\.token is required/,
  );
  let message = "";
  try {
    createAcmeSwitchboard({ acme: { token: `${ACME_TOKEN}\n` } });
  } catch (error) {
    message = inspect(error);
  }
  expect(message).toMatch(/options\.token must not contain line breaks/);
  expect(message).not.toContain(ACME_TOKEN);
});

test("the facade itself shows no credential when inspected", () => {
  const sb = acmeSwitchboard();
  expect(sb.acme.updateQueue).toBeTypeOf("function");
  expect(inspect(sb, { depth: Infinity, showHidden: true })).not.toContain(ACME_TOKEN);
});

describe('errors: "throw"', () => {
  const sb = () => acmeSwitchboard({ errors: "throw", retry: false });
  const input = () => documentedRequest("acme.updateQueue");

  test("a success resolves to the same success result", async () => {
    await expect(sb().update("acme.updateQueue", input())).resolves.toMatchObject({
      ok: true,
      status: 200,
      attempts: 1,
    });
  });

  test("a failure rejects with the UpdateError", async () => {
    const rejection = sb().update("acme.updateQueue", input(), {
      headers: { "x-mock-fault": "status=404" },
    });
    await expect(rejection).rejects.toBeInstanceOf(UpdateError);
    await expect(rejection).rejects.toMatchObject({ kind: "not_found", status: 404 });
  });

  test("so does a refused input", async () => {
    await expect(sb().update("acme.updateQueue", { ...input(), body: {} })).rejects.toMatchObject({
      kind: "invalid_input",
    });
  });
});

test.each([
  ["undefined (a vendor lookup that missed)", undefined, "got undefined"],
  ["empty", "", "got an empty string"],
])("a baseUrl given as %s is refused, never sent to the vendor's server", (_, baseUrl, got) => {
  expect(() => createAcmeSwitchboard({ acme: { ...acmeOptions(), baseUrl } })).toThrow(
    `createSwitchboard: options.acme.baseUrl must be a URL when given, ${got}; leave it out to call the vendor's own server`,
  );
});
