import type { SwitchboardHooks } from "./hooks.js";
import type { RetryOptions } from "./retry.js";
import type { VendorKey, VendorOptions } from "./vendors.js";

/** Each vendor's options (credentials, `baseUrl`, ...); leave a vendor out to not use it. */
export type VendorsOptions = { readonly [Vendor in VendorKey]?: VendorOptions<Vendor> };

export interface SwitchboardOptions extends VendorsOptions {
  /** Retries of 408, 429, 5xx (500, 502-504), timeouts and network errors; `false` turns them off. */
  readonly retry?: RetryOptions | false;
  /** How long one attempt may take, in milliseconds (default 10 000). */
  readonly timeoutMs?: number;
  /** `result` (the default): every update resolves to `{ ok, ... }`. `throw`: failures reject with an `UpdateError`. */
  readonly errors?: "result" | "throw";
  readonly hooks?: SwitchboardHooks;
  /**
   * Check every 2xx body against the response schema its spec documents (default false); a
   * body that breaks it is an `invalid_response` failure with the issues found.
   */
  readonly validateResponses?: boolean;
}

/** Per-call settings, overriding the facade's own. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly retry?: RetryOptions | false;
  /** Extra request headers (an idempotency key, a tracing header, the mock's `x-mock-fault`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Check this update's 2xx body against its response schema; overrides the facade's setting. */
  readonly validateResponses?: boolean;
}

/** `never` for every key of `Given` that `Allowed` does not have: a misspelt option fails to compile. */
type NoExtraKeys<Given, Allowed> = { readonly [Key in Exclude<keyof Given, keyof Allowed>]: never };

/**
 * Excess-property checks for an inferred options literal, which TypeScript only applies to
 * literals checked against a fixed type: unknown keys at the top, in a vendor's options, in
 * `retry` and in `hooks` are errors.
 */
export type ExactOptions<Options> = NoExtraKeys<Options, SwitchboardOptions> & {
  readonly [Vendor in VendorKey & keyof Options]?: NoExtraKeys<
    Options[Vendor],
    VendorOptions<Vendor>
  >;
} & (Options extends { retry: infer Retry extends object }
    ? { readonly retry?: NoExtraKeys<Retry, RetryOptions> }
    : unknown) &
  (Options extends { hooks: infer Hooks extends object }
    ? { readonly hooks?: NoExtraKeys<Hooks, SwitchboardHooks> }
    : unknown);
