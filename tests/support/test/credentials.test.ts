import type { VendorManifest } from "@switchboard/client-runtime/spec";
import { describe, expect, it } from "vitest";

import {
  basicCredential,
  canaryCredentials,
  canaryOptions,
  canarySecrets,
  canarySecretsOf,
  canaryUsernames,
  manifestVendors,
} from "../src/index.js";

/** A made-up vendor of each credential kind, so every kind is tested whatever the manifest holds. */
function fixture(auth: VendorManifest["auth"]): VendorManifest {
  return { ...manifestVendors()[0]!, name: "acme-voice", key: "acmeVoice", auth };
}

const basic = fixture({
  scheme: "AcmeBasic",
  kind: "basic",
  options: { secret: "authToken", username: "accountSid" },
});
const bearer = fixture({ scheme: "AcmeBearer", kind: "bearer", options: { secret: "token" } });

describe("canary credentials", () => {
  it("go under the vendor's own client option names", () => {
    expect(Object.keys(canaryOptions(basic)).sort()).toEqual(["accountSid", "authToken"]);
    expect(Object.keys(canaryOptions(bearer))).toEqual(["token"]);
    for (const vendor of manifestVendors()) {
      const options = Object.keys(canaryOptions(vendor)).sort();
      const expected = [vendor.auth.options.secret, vendor.auth.options.username ?? []].flat();
      expect(options, vendor.name).toEqual(expected.sort());
    }
  });

  it("are the vendor's own: no two vendors share a value", () => {
    const values = manifestVendors().flatMap((vendor) => Object.values(canaryOptions(vendor)));
    expect(new Set(values).size).toBe(values.length);
    expect(canaryOptions(basic)).toEqual({
      accountSid: "canary-acme-voice-account-sid-7e4a",
      authToken: "canary-acme-voice-auth-token-7e4a",
    });
  });

  it("count HTTP basic's base64 user:secret among the secrets, and the user name apart", () => {
    const { username, secret } = canaryCredentials(basic);
    expect(canarySecretsOf(basic)).toEqual([secret, basicCredential(username!, secret)]);
    expect(atob(basicCredential(username!, secret))).toBe(`${username}:${secret}`);
    expect(canarySecretsOf(bearer)).toEqual([canaryCredentials(bearer).secret]);
    expect(canarySecrets()).toEqual(manifestVendors().flatMap(canarySecretsOf));
    for (const name of canaryUsernames()) expect(canarySecrets()).not.toContain(name);
  });
});
