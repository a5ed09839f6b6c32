import {
  chooseBaseUrl,
  pathParamNames,
  sendingFetch,
  type RequestValidator,
  type SpecClientOptions,
  type SpecMetadata,
} from "@switchboard/client-runtime";
import type { ResponseValidatorsLoader } from "./response-check.js";
import { retryPolicy } from "./retry.js";
import { SecretSet, secretsIn } from "./secrets.js";
import {
  findOperation,
  sendUpdate,
  type OperationTarget,
  type RequestingClient,
  type SendSettings,
  type VendorConnection,
} from "./send-update.js";
import type { CallOptions, SwitchboardOptions } from "./switchboard-options.js";

const DEFAULT_TIMEOUT_MS = 10_000;

/** What the facade needs of a vendor: its generated client factory, metadata and validators. */
export interface VendorEntry {
  readonly createClient: (options: never) => unknown;
  readonly metadata: SpecMetadata;
  readonly validators: Readonly<Record<string, RequestValidator>>;
  /**
   * Loads the validators of its success bodies, by operationId and status (`"200"`), for
   * `validateResponses`; a loader, so they are in no bundle that does not use them.
   */
  readonly responseValidators?: ResponseValidatorsLoader;
}

/** The vendors a facade speaks to, by key: the generated registry, or a test's fixture vendors. */
export type VendorRegistry = Readonly<Record<string, VendorEntry>>;

/**
 * The facade over any registry of vendors: the vendor sections and `update`, untyped. The
 * public `createSwitchboard` is this over the generated registry, with the types that go
 * with it.
 */
export function createSwitchboardOver(
  vendors: VendorRegistry,
  options: SwitchboardOptions & Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const keys = Object.keys(vendors);
  const where = "createSwitchboard: options";
  const defaults = {
    retry: retryPolicy(options.retry, where),
    timeoutMs: checkTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, `${where}.timeoutMs`),
    hooks: options.hooks ?? {},
    validateResponses: checkFlag(options.validateResponses, `${where}.validateResponses`) ?? false,
  };
  const throwErrors = options.errors === "throw";
  const connections = new Map<string, VendorConnection>();
  for (const [vendor, entry] of Object.entries(vendors)) {
    const vendorOptions = options[vendor];
    if (vendorOptions === undefined) continue;
    // Checked here too, so the message names the facade's option, not the client's.
    chooseBaseUrl(vendorOptions as object, `${where}.${vendor}.baseUrl`, () => "");
    const { createClient, metadata, validators, responseValidators: load } = entry;
    // Loaded once, on the first success body checked; a failed load is tried again next time.
    let loaded: ReturnType<ResponseValidatorsLoader> | undefined;
    const responseValidators = load && (() => (loaded ??= load().catch(forget)));
    const forget = (error: unknown): never => {
      loaded = undefined;
      throw error;
    };
    const connection: VendorConnection = {
      vendor,
      client: (createClient as (options: unknown) => unknown)(vendorOptions) as RequestingClient,
      fetch: sendingFetch(vendorOptions as SpecClientOptions),
      operations: metadata.operations,
      validators,
      // Every option under a credential-like name (apiKey, token, authToken), a URL's user info.
      secrets: new SecretSet(secretsIn(vendorOptions)),
      ...(responseValidators ? { responseValidators } : {}),
    };
    if (defaults.validateResponses) checkResponseValidators(connection, where);
    connections.set(vendor, connection);
  }

  function connectionOf(vendor: string): VendorConnection {
    const connection = connections.get(vendor);
    if (connection !== undefined) return connection;
    if (!Object.hasOwn(vendors, vendor)) {
      throw new TypeError(`Switchboard: no vendor "${vendor}"; there are ${keys.join(", ")}`);
    }
    throw new TypeError(
      `Switchboard: ${vendor} is not configured; pass its options as createSwitchboard({ ${vendor}: { ... } })`,
    );
  }

  // Found once per name: a lookup by name is the same for every later call.
  const targets = new Map<string, OperationTarget>();
  function targetOf(name: string): OperationTarget {
    let target = targets.get(name);
    if (target === undefined) {
      const [vendor = "", operationId = ""] = name.split(".");
      target = findOperation(connectionOf(vendor), operationId);
      targets.set(name, target);
    }
    return target;
  }

  // A call without options sends with the facade's own settings, checked once here.
  const defaultSettings: SendSettings = {
    retry: defaults.retry,
    timeoutMs: defaults.timeoutMs,
    hooks: defaults.hooks,
    validateResponses: defaults.validateResponses,
  };

  function settingsFor(connection: VendorConnection, call: CallOptions): SendSettings {
    const { retry, timeoutMs, signal, headers } = call;
    const given = call.validateResponses;
    if (
      retry === undefined &&
      timeoutMs === undefined &&
      signal === undefined &&
      headers === undefined &&
      given === undefined
    ) {
      return defaultSettings;
    }
    const validateResponses =
      checkFlag(given, "options.validateResponses") ?? defaults.validateResponses;
    if (validateResponses) checkResponseValidators(connection, "options");
    return {
      retry: retryPolicy(retry, "options", defaults.retry),
      timeoutMs: checkTimeout(timeoutMs ?? defaults.timeoutMs, "options.timeoutMs"),
      hooks: defaults.hooks,
      validateResponses,
      ...(signal ? { signal } : {}),
      ...(headers ? { headers } : {}),
    };
  }

  /** Configuration mistakes throw at once; everything after that resolves to a result. */
  function update(name: string, input: unknown, call: CallOptions = {}): Promise<unknown> {
    const target = targetOf(String(name));
    const settings = settingsFor(target.connection, call);
    const sending = sendUpdate(target, input, settings);
    if (!throwErrors) return sending;
    return sending.then((result) => {
      if (!result.ok) throw result.error;
      return result;
    });
  }

  const switchboard: Record<string, unknown> = { update };
  for (const vendor of keys) {
    Object.defineProperty(switchboard, vendor, {
      enumerable: connections.has(vendor),
      get: () => {
        connectionOf(vendor);
        return sections.get(vendor);
      },
    });
  }
  const sections = new Map(
    [...connections.values()].map((connection) => [
      connection.vendor,
      createSection(connection, update),
    ]),
  );
  return switchboard;
}

/** A vendor's positional methods, each turning its arguments into `{ path, query, body }`. */
function createSection(
  { vendor, operations }: VendorConnection,
  update: (name: string, input: unknown, call?: CallOptions) => Promise<unknown>,
): Record<string, (...args: unknown[]) => Promise<unknown>> {
  return Object.fromEntries(
    Object.entries(operations).map(([operationId, operation]) => {
      const names = pathParamNames(operation.path);
      const hasBody = operation.requestBody !== undefined;
      const method = (...args: unknown[]) => {
        const path = Object.fromEntries(names.map((name, index) => [name, args[index]]));
        const options = (args[names.length + (hasBody ? 1 : 0)] ?? {}) as CallOptions & {
          query?: unknown;
        };
        const { query, ...call } = options;
        return update(
          `${vendor}.${operationId}`,
          {
            ...(names.length > 0 ? { path } : {}),
            ...(query !== undefined ? { query } : {}),
            ...(hasBody ? { body: args[names.length] } : {}),
          },
          call,
        );
      };
      return [operationId, method];
    }),
  );
}

function checkResponseValidators({ vendor, responseValidators }: VendorConnection, where: string) {
  if (responseValidators === undefined) {
    throw new TypeError(
      `${where}.validateResponses needs response validators, and the registry entry of ${vendor} has none`,
    );
  }
}

function checkFlag(value: unknown, where: string): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  throw new TypeError(`${where} must be true or false`);
}

function checkTimeout(value: number, where: string): number {
  if (!Number.isFinite(value) || value <= 0 || value > 2 ** 31 - 1) {
    throw new RangeError(`${where} must be a number of milliseconds above 0 (at most 2^31 - 1)`);
  }
  return value;
}
