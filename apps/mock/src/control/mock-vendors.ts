/*
 * The types a gateway's helpers are keyed and checked by: the facade's vendor keys, each
 * vendor's credential options, operations, path parameters, statuses and example names. The
 * manifest's come generated (`ManifestVendors`); a gateway serving one's own specs uses
 * `AnyVendors`.
 */
import type { StubAnswer } from "../engine/stubs/stub.js";

/** What the helpers know of one vendor's operation. */
export interface MockOperationShape {
  readonly pathParams: string;
  readonly statuses: number;
  readonly examples: string;
}

/** What the helpers know of one vendor. */
export interface MockVendorShape {
  readonly prefix: string;
  readonly credentials: object;
  readonly operations: { readonly [operationId: string]: MockOperationShape };
}

/** Every vendor a gateway serves, by the facade's key. */
export type MockVendorCatalog = { readonly [key: string]: MockVendorShape };

/** The vendors of specs only known at run time. */
export interface AnyVendors {
  readonly [key: string]: {
    readonly prefix: string;
    readonly credentials: Readonly<Record<string, string>>;
    readonly operations: { readonly [operationId: string]: MockOperationShape };
  };
}

export type VendorKeyOf<Vendors> = keyof Vendors & string;

/** Each vendor's base URL, by the facade's key. */
export type VendorUrls<Vendors> = { readonly [Key in VendorKeyOf<Vendors>]: string };

/**
 * Options for `createSwitchboard` that point every vendor at the gateway, with credentials it
 * accepts: `createSwitchboard(gateway.switchboardOptions())`.
 */
export type SwitchboardWiring<Vendors extends MockVendorCatalog> = {
  readonly [Key in VendorKeyOf<Vendors>]: Vendors[Key]["credentials"] & {
    readonly baseUrl: string;
  };
};

type OperationKeyOf<
  Vendors extends MockVendorCatalog,
  Key extends keyof Vendors,
> = keyof Vendors[Key]["operations"] & string;

/** What a queued answer replies, its example names checked against the operation's. */
export type StubAnswerFor<Operation extends MockOperationShape | undefined> = Omit<
  StubAnswer,
  "example" | "reset"
> & {
  readonly example?: Operation extends MockOperationShape ? Operation["examples"] : never;
  readonly reset?: true;
};

interface StubCommon {
  /** Only requests whose decoded body contains this (objects by key, the rest equal). */
  readonly body?: unknown;
  /** Answer the next N matching requests, then go; left out: until removed. */
  readonly times?: number;
}

/** A queued answer: for a vendor's requests, or one operation's, typed by the catalog. */
export type StubFor<Vendors extends MockVendorCatalog> = {
  [Key in VendorKeyOf<Vendors>]:
    | (StubCommon & {
        readonly vendor: Key;
        readonly operation?: undefined;
        readonly answer: StubAnswerFor<undefined>;
      })
    | {
        [Operation in OperationKeyOf<Vendors, Key>]: StubCommon & {
          readonly vendor: Key;
          readonly operation: Operation;
          readonly pathParams?: Partial<
            Record<Vendors[Key]["operations"][Operation]["pathParams"], string>
          >;
          readonly answer: StubAnswerFor<Vendors[Key]["operations"][Operation]>;
        };
      }[OperationKeyOf<Vendors, Key>];
}[VendorKeyOf<Vendors>];

/** A resource for stateful mode to start from, for an operation that keeps state. */
export type StateSeedFor<Vendors extends MockVendorCatalog> = {
  [Key in VendorKeyOf<Vendors>]: {
    [Operation in OperationKeyOf<Vendors, Key>]: {
      readonly vendor: Key;
      readonly operation: Operation;
      /** Every path parameter of the operation (as the spec spells them). */
      readonly pathParams?: Readonly<
        Record<Vendors[Key]["operations"][Operation]["pathParams"], string>
      >;
      /** The whole resource, as the operation's success answer would show it. */
      readonly resource: Readonly<Record<string, unknown>>;
    };
  }[OperationKeyOf<Vendors, Key>];
}[VendorKeyOf<Vendors>];

/** Which journaled requests to find. */
export interface RequestQuery<Vendors extends MockVendorCatalog> {
  readonly vendor?: VendorKeyOf<Vendors>;
  /** An operationId. */
  readonly operation?: string;
  readonly status?: number;
  readonly requestId?: string;
  /** Only requests received at or after this time. */
  readonly since?: Date | string;
  /** Only the newest `limit` (for listing). */
  readonly limit?: number;
}
