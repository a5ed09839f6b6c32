import type { CallOptions, SwitchboardOptions } from "./switchboard-options.js";
import type {
  BodyArgs,
  OperationId,
  OperationName,
  PathArgs,
  UpdateData,
  UpdateInput,
  UpdateQueryPart,
} from "./operation-types.js";
import type { UpdateResult, UpdateSuccess } from "./update-result.js";
import type { VendorKey } from "./vendors.js";

/** The vendors an options object configures. */
export type ConfiguredVendor<Options extends SwitchboardOptions> = {
  [Vendor in VendorKey]: Options[Vendor] extends object ? Vendor : never;
}[VendorKey];

type Outcome<Options extends SwitchboardOptions, Name extends OperationName> = Options extends {
  errors: "throw";
}
  ? UpdateSuccess<UpdateData<Name>>
  : UpdateResult<UpdateData<Name>>;

/** The operation names of the configured vendors. */
export type ConfiguredOperationName<Options extends SwitchboardOptions> = Extract<
  OperationName,
  `${ConfiguredVendor<Options>}.${string}`
>;

type AsTuple<T> = T extends readonly unknown[] ? T : never;

type NameOf<Vendor extends VendorKey, Id extends string> = Extract<
  `${Vendor}.${Id}`,
  OperationName
>;

/**
 * A vendor's operations as methods: path parameters in path order, then the body, then
 * options (the query, when the operation has one, and per-call settings).
 */
export type VendorSection<Options extends SwitchboardOptions, Vendor extends VendorKey> = {
  readonly [Id in OperationId<Vendor>]: (
    ...args: [
      ...AsTuple<PathArgs<NameOf<Vendor, Id>>>,
      ...BodyArgs<NameOf<Vendor, Id>>,
      options?: CallOptions & UpdateQueryPart<NameOf<Vendor, Id>>,
    ]
  ) => Promise<Outcome<Options, NameOf<Vendor, Id>>>;
};

export type Switchboard<Options extends SwitchboardOptions> = {
  readonly [Vendor in ConfiguredVendor<Options>]: VendorSection<Options, Vendor>;
} & {
  /** Any configured operation by name, with its whole request as one object. */
  update<Name extends ConfiguredOperationName<Options>>(
    name: Name,
    input: UpdateInput<Name>,
    options?: CallOptions,
  ): Promise<Outcome<Options, Name>>;
};
