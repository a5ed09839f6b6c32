/** The facade (`@switchboard/sdk`) configured against the suite's gateway, with canary credentials. */
import { createSwitchboard, type SwitchboardOptions } from "@switchboard/sdk";
import type { VendorKey, VendorOptions } from "@switchboard/sdk/vendors";

import { canaryOptions } from "./credentials.js";
import { vendorUrl } from "./gateway/gateway-info.js";
import { registeredVendors } from "./registry.js";

/** Every vendor's options: its canary credentials under its own option names, and its gateway URL. */
export type GatewayOptions = { [Vendor in VendorKey]: VendorOptions<Vendor> };

/** Every manifest vendor configured against the gateway. */
export function gatewayOptions(): GatewayOptions {
  return Object.fromEntries(
    registeredVendors().map(({ manifest, key }) => [
      key,
      { ...canaryOptions(manifest), baseUrl: vendorUrl(manifest.name) },
    ]),
  ) as GatewayOptions;
}

/** The facade's own settings: everything but the vendors. */
export type FacadeSettings = Omit<SwitchboardOptions, VendorKey>;

/** A facade on the gateway with fast retries, so retry tests take milliseconds. */
export function gatewaySwitchboard<const Settings extends FacadeSettings>(settings?: Settings) {
  return createSwitchboard({
    ...gatewayOptions(),
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 200 },
    ...settings,
  });
}
