import type { RouteMatch, Vendor } from "../vendor.js";
import { applyUpdate, appendRequested } from "./apply-update.js";
import { checkSeed } from "./check-seed.js";
import { resourceKeyOf } from "./resource-key.js";
import type { StateEntry } from "./state-entry.js";
import { updateSemanticsOf } from "./update-semantics.js";

/** One successful update, as the engine hands it over. */
export interface StateUpdate {
  session: string | null;
  query: Readonly<Record<string, string | string[]>>;
  /** The decoded request body. */
  body: unknown;
  /** The documented success example Prism chose: where an unknown resource starts. */
  example: unknown;
}

export interface ResourceStateOptions {
  /** Off: updates answer the example with the request echoed, and nothing is stored. */
  enabled: boolean;
  /** The most resources kept (oldest written go first); 10 000 unless told. */
  maxResources?: number;
  /** The most bytes of them kept, counted as JSON; 16 MiB unless told. */
  maxBytes?: number;
}

interface Stored extends StateEntry {
  bytes: number;
}

const MAX_RESOURCES = 10_000;
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * The resources updates have written, per vendor, session and resource path, for stateful mode:
 * each update starts from the stored resource (the documented example the first time) and
 * stores what it answers. Entries are handed out as copies.
 */
export class ResourceState {
  readonly enabled: boolean;
  readonly #vendors: readonly Vendor[];
  readonly #maxResources: number;
  readonly #maxBytes: number;
  /** By `storeKey`, least recently written first. */
  readonly #entries = new Map<string, Stored>();
  #bytes = 0;

  constructor(vendors: readonly Vendor[], options: ResourceStateOptions) {
    this.enabled = options.enabled;
    this.#vendors = vendors;
    this.#maxResources = options.maxResources ?? MAX_RESOURCES;
    this.#maxBytes = options.maxBytes ?? MAX_BYTES;
  }

  /** All of them, or one session's (null: those outside sessions), least recently written first. */
  list(session?: string | null): StateEntry[] {
    return [...this.#entries.values()]
      .filter((entry) => session === undefined || entry.session === session)
      .map(copyOf);
  }

  /** The resource at this path of the vendor (its prefix), in the session or outside sessions. */
  get(vendor: string, key: string, session: string | null = null): StateEntry | undefined {
    const entry = this.#entries.get(storeKey(vendor, key, session));
    return entry && copyOf(entry);
  }

  /** Forgets every resource, or one session's (null: those outside sessions). */
  clear(session?: string | null): void {
    for (const [id, entry] of this.#entries) {
      if (session !== undefined && entry.session !== session) continue;
      this.#entries.delete(id);
      this.#bytes -= entry.bytes;
    }
  }

  /** Stores a resource checked against the spec, or says what is wrong with it. */
  seed(input: unknown): { entry: StateEntry } | { problems: string[] } {
    if (!this.enabled) return { problems: ["stateful mode is off: start it with stateful: true"] };
    const checked = checkSeed(input, this.#vendors);
    if ("problems" in checked) return checked;
    const { vendor, route, key, session, resource } = checked.seed;
    return { entry: this.#store(vendor.name, route.operationId, key, session, resource) };
  }

  /**
   * The resource after a successful update, stored; undefined when the operation keeps no state
   * (it names no one resource) or stateful mode is off.
   */
  update(vendor: Vendor, matched: RouteMatch, update: StateUpdate): unknown {
    if (!this.enabled) return undefined;
    const { route, pathParams } = matched;
    const semantics = updateSemanticsOf(route);
    if (!semantics) return undefined;
    const key = resourceKeyOf(route, semantics, pathParams, update.body);
    if (key === undefined) return undefined;
    const stored = this.#entries.get(storeKey(vendor.name, key, update.session));
    const current = stored ? stored.resource : update.example;
    const append = appendRequested(semantics, update.query);
    const resource = applyUpdate(current, semantics, update.body, pathParams, append);
    return this.#store(vendor.name, route.operationId, key, update.session, resource).resource;
  }

  #store(
    vendor: string,
    operation: string,
    key: string,
    session: string | null,
    resource: unknown,
  ): StateEntry {
    const id = storeKey(vendor, key, session);
    const previous = this.#entries.get(id);
    if (previous) {
      this.#entries.delete(id);
      this.#bytes -= previous.bytes;
    }
    const json = JSON.stringify(resource);
    const entry: Stored = {
      vendor,
      operation,
      key,
      session,
      resource: JSON.parse(json) as unknown,
      bytes: json.length,
    };
    this.#entries.set(id, entry);
    this.#bytes += entry.bytes;
    // The least recently written go first, the one just written last of all.
    for (const [oldest, evicted] of this.#entries) {
      if (this.#entries.size <= this.#maxResources && this.#bytes <= this.#maxBytes) break;
      if (oldest === id) break;
      this.#entries.delete(oldest);
      this.#bytes -= evicted.bytes;
    }
    return copyOf(entry);
  }
}

function storeKey(vendor: string, key: string, session: string | null): string {
  return JSON.stringify([session, vendor, key]);
}

function copyOf({ vendor, operation, key, session, resource }: Stored): StateEntry {
  return { vendor, operation, key, session, resource: structuredClone(resource) };
}
