import type { JournalEntry } from "../engine/journal/journal.js";
import { isSessionKey, mountOf, SESSION_RULE } from "../engine/session.js";
import type { StateEntry } from "../engine/state/state-entry.js";
import type { Stub } from "../engine/stubs/stub.js";
import { MockExpectationError } from "./mock-expectation-error.js";
import type {
  MockVendorCatalog,
  RequestQuery,
  StateSeedFor,
  StubFor,
  SwitchboardWiring,
  VendorUrls,
} from "./mock-vendors.js";

/** A served vendor as the helpers address it. */
export interface VendorWire {
  key: string;
  prefix: string;
  credentials: Readonly<Record<string, string>>;
}

/** A queued answer the gateway holds, and how to take it back. */
export interface StubHandle extends Stub {
  remove(): Promise<void>;
}

/**
 * A test's handle on a gateway, in-process or started by the CLI: base URLs and facade options
 * keyed by the facade's vendor keys, queued answers, the journal, reset, and sessions. Every
 * helper goes through the gateway's HTTP admin API, so both work alike.
 */
export interface MockControl<Vendors extends MockVendorCatalog> {
  /** The gateway's URL, `http://host:port`. */
  readonly url: string;
  /** The session this handle is scoped to, or null. */
  readonly sessionKey: string | null;
  /** Each vendor's base URL (in the session, when there is one), by the facade's key. */
  readonly vendors: VendorUrls<Vendors>;
  /** `createSwitchboard` options pointing every vendor here, with credentials it accepts. */
  switchboardOptions(): SwitchboardWiring<Vendors>;
  /** Queues an answer for matching requests (in this session). */
  stub(stub: StubFor<Vendors>): Promise<StubHandle>;
  /** The queued answers (of this session; all without one). */
  stubs(): Promise<Stub[]>;
  /** Journaled requests (of this session), oldest first. */
  requests(query?: RequestQuery<Vendors>): Promise<JournalEntry[]>;
  /**
   * The first answered request matching the query, already journaled or arriving within
   * `timeoutMs` (default 5 000). Rejects with a MockExpectationError showing the closest.
   */
  waitForRequest(
    query: RequestQuery<Vendors>,
    options?: { timeoutMs?: number },
  ): Promise<JournalEntry>;
  /** Stateful mode's stored resources (of this session; all without one). */
  state(): Promise<StateEntry[]>;
  /** Stores a resource for stateful mode (in this session): the next update starts from it. */
  seedState(seed: StateSeedFor<Vendors>): Promise<StateEntry>;
  /** Removes stored resources (this session's only, in a session). */
  clearState(): Promise<void>;
  /**
   * Removes queued answers, stored resources and journal entries (this session's only, in a
   * session).
   */
  reset(): Promise<void>;
  /** A handle scoped to a session: its own base URLs, queued answers and journal view. */
  session(key?: string): MockControl<Vendors>;
}

/** How a {@link MockControl} reaches its gateway. */
export interface MockControlOptions {
  /** The session the handle is scoped to (default: none). */
  sessionKey?: string | null;
  /** What sends the admin calls (default: the global `fetch`; in-process transports pass their own). */
  fetch?: typeof fetch;
}

/** The helpers over a gateway's admin API at `url`, for the vendors `wires` describe. */
export function createMockControl<Vendors extends MockVendorCatalog>(
  url: string,
  wires: readonly VendorWire[],
  options: MockControlOptions = {},
): MockControl<Vendors> {
  const { sessionKey = null, fetch: send = globalThis.fetch } = options;
  const byKey = new Map(wires.map((wire) => [wire.key, wire]));
  const prefixOf = (key: string) => {
    const wire = byKey.get(key);
    if (wire === undefined)
      throw new TypeError(`No vendor "${key}"; the gateway serves ${[...byKey.keys()].join(", ")}`);
    return wire.prefix;
  };
  const scope: Record<string, string> = sessionKey === null ? {} : { session: sessionKey };
  const baseUrlOf = (wire: VendorWire) => `${url}/${mountOf(wire.prefix, sessionKey)}`;
  const queryString = (query: RequestQuery<Vendors> = {}) => {
    const { vendor, since, ...rest } = query;
    const params: Record<string, string> = { ...scope };
    for (const [name, value] of Object.entries(rest))
      if (value !== undefined) params[name] = String(value);
    if (vendor !== undefined) params.vendor = prefixOf(vendor);
    if (since !== undefined) params.since = since instanceof Date ? since.toISOString() : since;
    return new URLSearchParams(params).toString();
  };
  const admin = async (path: string, init?: RequestInit) => {
    const response = await send(`${url}${path}`, init);
    if (!response.ok) throw await adminError(response, path.split("?")[0] ?? path);
    return response;
  };

  return {
    url,
    sessionKey,
    vendors: Object.fromEntries(
      wires.map((wire) => [wire.key, baseUrlOf(wire)]),
    ) as VendorUrls<Vendors>,
    switchboardOptions: () =>
      Object.fromEntries(
        wires.map((wire) => [wire.key, { ...wire.credentials, baseUrl: baseUrlOf(wire) }]),
      ) as SwitchboardWiring<Vendors>,
    async stub(stub) {
      const { vendor, ...rest } = stub as { vendor: string };
      const added = (await (
        await admin(`/__admin/stubs?${new URLSearchParams(scope)}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ vendor: prefixOf(vendor), ...rest }),
        })
      ).json()) as Stub;
      return {
        ...added,
        remove: async () => {
          await admin(
            `/__admin/stubs/${encodeURIComponent(added.id)}?${new URLSearchParams(scope)}`,
            {
              method: "DELETE",
            },
          );
        },
      };
    },
    async stubs() {
      return (await (await admin(`/__admin/stubs?${new URLSearchParams(scope)}`)).json()) as Stub[];
    },
    async requests(query) {
      return (await (await admin(`/__journal?${queryString(query)}`)).json()) as JournalEntry[];
    },
    async waitForRequest(query, { timeoutMs = 5_000 } = {}) {
      const search = `${queryString({ ...query, limit: undefined })}&timeoutMs=${timeoutMs}`;
      const response = await send(`${url}/__journal/wait?${search}`);
      if (response.status === 408) {
        const missed = (await response.json()) as {
          error: string;
          closest: JournalEntry | null;
          differences: string[];
        };
        throw new MockExpectationError(missed.error, missed.closest, missed.differences);
      }
      if (!response.ok) throw await adminError(response, "/__journal/wait");
      return (await response.json()) as JournalEntry;
    },
    async state() {
      return (await (
        await admin(`/__admin/state?${new URLSearchParams(scope)}`)
      ).json()) as StateEntry[];
    },
    async seedState(seed) {
      const { vendor, ...rest } = seed as { vendor: string };
      return (await (
        await admin(`/__admin/state?${new URLSearchParams(scope)}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ vendor: prefixOf(vendor), ...rest }),
        })
      ).json()) as StateEntry;
    },
    async clearState() {
      await admin(`/__admin/state?${new URLSearchParams(scope)}`, { method: "DELETE" });
    },
    async reset() {
      await admin(`/__admin/reset?${new URLSearchParams(scope)}`, { method: "POST" });
    },
    session(key = `s${crypto.randomUUID().replaceAll("-", "")}`) {
      if (!isSessionKey(key)) throw new TypeError(`session key ${SESSION_RULE}, got "${key}"`);
      return createMockControl<Vendors>(url, wires, { sessionKey: key, fetch: send });
    },
  };
}

/** An admin answer that is not a success, as an Error with the gateway's own message. */
async function adminError(response: Response, path: string): Promise<Error> {
  const text = await response.text();
  let message = text;
  try {
    message = String((JSON.parse(text) as { error?: unknown }).error ?? text);
  } catch {
    // Not JSON: the text is the message.
  }
  return new Error(`${path} answered ${response.status}: ${message}`);
}
