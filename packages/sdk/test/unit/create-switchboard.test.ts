/**
 * The public `createSwitchboard` is the facade core over the generated registry: every vendor
 * key codegen wrote is a section, absent until configured. The features themselves are tested
 * against a fixture vendor (test/features).
 */
import { expect, test } from "vitest";
import { createSwitchboard } from "../../src/create-switchboard.js";
import { VENDOR_KEYS } from "../../src/vendors.js";

const unconfigured = createSwitchboard({}) as unknown as Record<string, unknown> & {
  update: (name: string, input: unknown) => unknown;
};

test("the registry has vendors", () => {
  expect(VENDOR_KEYS.length).toBeGreaterThan(0);
});

test.each(VENDOR_KEYS)("%s is a section of the facade, absent until configured", (key) => {
  expect(key in unconfigured).toBe(true);
  expect(() => unconfigured[key]).toThrow(`Switchboard: ${key} is not configured`);
});

test("with no vendor configured, only update is listed", () => {
  expect(Object.keys(unconfigured)).toEqual(["update"]);
});

test("an unknown vendor is refused naming every vendor of the registry", () => {
  expect(() => unconfigured.update("nowhere.update", {})).toThrow(
    `Switchboard: no vendor "nowhere"; there are ${VENDOR_KEYS.join(", ")}`,
  );
});
