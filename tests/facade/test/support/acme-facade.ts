/**
 * The facade over the fixture vendor `acme` (test/fixtures/acme.yaml), built the way
 * `createSwitchboard` is built over the generated registry, with the types a test needs.
 */
import type { CallOptions, UpdateResult } from "@switchboard/sdk";
import { vendorUrl, type FacadeSettings } from "@switchboard/test-support";
import {
  createAcmeClient,
  metadata,
  requestValidators,
  type AcmeClientOptions,
  type operations,
} from "../fixtures/acme/index.js";
import { createSwitchboardOver, type VendorEntry } from "@switchboard/sdk/core";

/** The fixture vendor's registry entry: what `src/generated/vendors.ts` holds for a real one. */
export const ACME_VENDOR: VendorEntry = {
  createClient: createAcmeClient,
  metadata,
  validators: requestValidators,
};

/** A canary token: the tests assert it never shows up anywhere a caller can see. */
export const ACME_TOKEN = "canary-acme-token-51c7";

export type AcmeOperationId = keyof operations & string;
export type AcmeName = `acme.${AcmeOperationId}`;
/** The operationId of a name: `acme.updateQueue` → `updateQueue`. */
export type IdOf<Name extends AcmeName> = Name extends `acme.${infer Id extends AcmeOperationId}`
  ? Id
  : never;

/** One request of an operation, `{ path, body }` as the fixture spec types them. */
export interface AcmeInput<Id extends AcmeOperationId = AcmeOperationId> {
  path: operations[Id]["parameters"]["path"];
  body: operations[Id]["requestBody"]["content"]["application/json"];
}

type AcmeData<Id extends AcmeOperationId> =
  operations[Id]["responses"][200]["content"]["application/json"];

export interface AcmeSwitchboard {
  readonly acme: {
    readonly [Id in AcmeOperationId]: (
      id: AcmeInput<Id>["path"][keyof AcmeInput<Id>["path"]],
      body: AcmeInput<Id>["body"],
      options?: CallOptions,
    ) => Promise<UpdateResult<AcmeData<Id>>>;
  };
  update<Name extends AcmeName>(
    name: Name,
    input: AcmeInput<IdOf<Name>>,
    options?: CallOptions,
  ): Promise<UpdateResult<AcmeData<IdOf<Name>>>>;
}

/** A facade over the fixture registry, with exactly the options given. */
export function createAcmeSwitchboard(
  options: FacadeSettings & { acme?: AcmeClientOptions },
): AcmeSwitchboard {
  return createSwitchboardOver({ acme: ACME_VENDOR }, options) as unknown as AcmeSwitchboard;
}

/** `acme`'s options against the suite's gateway, with the canary token. */
export function acmeOptions(): AcmeClientOptions {
  return { token: ACME_TOKEN, baseUrl: vendorUrl("acme") };
}

/**
 * A facade on the gateway with fast retries, so retry tests take milliseconds; `acme` overrides
 * the vendor's options (a `fetch` that stages faults, a closed port).
 */
export function acmeSwitchboard(
  settings: FacadeSettings = {},
  acme: Partial<AcmeClientOptions> = {},
): AcmeSwitchboard {
  return createAcmeSwitchboard({
    acme: { ...acmeOptions(), ...acme },
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 200 },
    ...settings,
  });
}
