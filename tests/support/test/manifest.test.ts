import { VENDOR_KEYS } from "@switchboard/sdk/vendors";
import { describe, expect, it } from "vitest";

import {
  manifest,
  manifestVendors,
  registered,
  registeredVendors,
  vendorKeyed,
  vendorNamed,
} from "../src/index.js";

describe("the manifest", () => {
  it("is read once and lists vendors", () => {
    expect(manifest()).toBe(manifest());
    expect(manifestVendors().length).toBeGreaterThan(0);
  });

  it("finds a vendor by name and by facade key, and names the known ones otherwise", () => {
    for (const vendor of manifestVendors()) {
      expect(vendorNamed(vendor.name)).toBe(vendor);
      expect(vendorKeyed(vendor.key)).toBe(vendor);
    }
    const names = manifestVendors().map((vendor) => vendor.name);
    expect(() => vendorNamed("acme-nothing")).toThrow(
      `no vendor "acme-nothing" in manifest.json (it has ${names.join(", ")})`,
    );
    expect(() => vendorKeyed("acmeNothing")).toThrow(/acmeNothing/);
  });
});

describe("the facade registry, joined with the manifest", () => {
  it("has exactly the manifest's vendors, by key", () => {
    expect([...VENDOR_KEYS].sort()).toEqual(
      manifestVendors()
        .map((vendor) => vendor.key)
        .sort(),
    );
  });

  it("gives every vendor its client factory, metadata and validators", () => {
    for (const { manifest: vendor, key, entry } of registeredVendors()) {
      expect(key).toBe(vendor.key);
      expect(entry.createClient).toBeTypeOf("function");
      expect(entry.createClient.name).toBe(vendor.clientFactory);
      expect(entry.metadata).toBeTypeOf("object");
      expect(entry.validators).toBeTypeOf("object");
    }
  });

  it("refuses a vendor the registry does not know, saying how to regenerate it", () => {
    const [first] = manifestVendors();
    expect(() => registered({ ...first!, key: "noSuchVendor" })).toThrow(/pnpm generate/);
  });
});
