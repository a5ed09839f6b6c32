/** Options: mistakes are clear errors naming the option, at once; a vendor left out is absent. */
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { createSwitchboard, UpdateError, type SwitchboardOptions } from "@switchboard/sdk";
import { documentedRequest } from "../../support/facade-requests.js";
import { CREDENTIALS, gatewayOptions, gatewaySwitchboard } from "../../support/facade.js";

describe("a vendor left out of the options", () => {
  const sb = createSwitchboard({ twilioFlex: gatewayOptions().twilioFlex }) as unknown as Record<
    string,
    unknown
  > & { update: (name: string, input: unknown) => Promise<unknown> };

  test("its section throws a clear error when used", () => {
    expect(() => sb.healthing).toThrow(
      /healthing is not configured; pass its options as createSwitchboard\(\{ healthing: \{ \.\.\. \} \}\)/,
    );
  });

  test("update by name throws the same error, synchronously", () => {
    expect(() => sb.update("healthing.updateChannel", {})).toThrow(/healthing is not configured/);
  });

  test("it is not listed among the facade's vendors", () => {
    expect(Object.keys(sb)).toEqual(["update", "twilioFlex"]);
  });
});

test.each([
  [
    "nowhere.updateChannel",
    /no vendor "nowhere"; there are syllable, healthing, watsonxOrchestrate, twilioFlex/,
  ],
  [
    "twilioFlex.deleteEverything",
    /twilioFlex has no operation "deleteEverything"; it has updateInteractionChannel/,
  ],
  ["twilioFlex.toString", /twilioFlex has no operation "toString"/],
  ["constructor.name", /no vendor "constructor"/],
])("update(%j) throws naming what exists", (name, message) => {
  const sb = gatewaySwitchboard() as unknown as {
    update: (name: string, input: unknown) => unknown;
  };
  expect(() => sb.update(name, {})).toThrow(message);
});

test.each<[string, Partial<SwitchboardOptions>, RegExp]>([
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
])("%s is refused at creation", (_label, options, message) => {
  expect(() => createSwitchboard({ ...gatewayOptions(), ...options })).toThrow(message);
});

test("a bad per-call timeout is refused at the call, naming the option", () => {
  const sb = gatewaySwitchboard();
  const { input } = documentedRequest("healthing.updateChannel");
  expect(() => sb.update("healthing.updateChannel", input as never, { timeoutMs: -5 })).toThrow(
    /options\.timeoutMs/,
  );
});

test("a missing credential names the option, and a bad one is not echoed", () => {
  expect(() => createSwitchboard({ healthing: { token: "" } })).toThrow(
    /options\.token is required/,
  );
  const secret = `${CREDENTIALS.healthingToken}\n`;
  let message = "";
  try {
    createSwitchboard({ healthing: { token: secret } });
  } catch (error) {
    message = inspect(error);
  }
  expect(message).toMatch(/options\.token must not contain line breaks/);
  expect(message).not.toContain(CREDENTIALS.healthingToken);
});

test("the facade itself shows no credential when inspected", () => {
  const text = inspect(gatewaySwitchboard(), { depth: Infinity, showHidden: true });
  for (const secret of Object.values(CREDENTIALS).filter((value) => !value.startsWith("AC"))) {
    expect(text).not.toContain(secret);
  }
});

describe('errors: "throw"', () => {
  const sb = gatewaySwitchboard({ errors: "throw", retry: false });
  const { input } = documentedRequest("twilioFlex.updateInteractionChannel");

  test("a success resolves to the same success result", async () => {
    await expect(
      sb.update("twilioFlex.updateInteractionChannel", input as never),
    ).resolves.toMatchObject({
      ok: true,
      status: 200,
      attempts: 1,
    });
  });

  test("a failure rejects with the UpdateError", async () => {
    const rejection = sb.update("twilioFlex.updateInteractionChannel", input as never, {
      headers: { "x-mock-fault": "status=404" },
    });
    await expect(rejection).rejects.toBeInstanceOf(UpdateError);
    await expect(rejection).rejects.toMatchObject({ kind: "not_found", status: 404 });
  });

  test("so does a refused input", async () => {
    await expect(
      sb.update("twilioFlex.updateInteractionChannel", { ...input, body: {} } as never),
    ).rejects.toMatchObject({ kind: "invalid_input" });
  });
});
