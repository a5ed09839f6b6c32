import type { ManifestVendors } from "../generated/manifest-vendors.js";
import { createMockControl, type MockControl, type VendorWire } from "./mock-control.js";
import type { MockVendorCatalog } from "./mock-vendors.js";

/**
 * The helpers for a gateway already running (one `npx switchboard-mock` started, or a global
 * setup's), read from its `GET /__health`. Typed by the manifest's vendors unless told otherwise.
 */
export async function connectMockGateway<Vendors extends MockVendorCatalog = ManifestVendors>(
  url: string,
): Promise<MockControl<Vendors>> {
  const base = url.replace(/\/+$/, "");
  let response: Response;
  try {
    response = await fetch(`${base}/__health`);
  } catch (error) {
    throw new Error(`No mock gateway answers at ${base}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!response.ok)
    throw new Error(
      `${base}/__health answered ${response.status}: is it a Switchboard mock gateway?`,
    );
  const { specs } = (await response.json()) as { specs: VendorWire[] };
  return createMockControl<Vendors>(
    base,
    specs.map(({ key, prefix, credentials }) => ({ key, prefix, credentials })),
  );
}
