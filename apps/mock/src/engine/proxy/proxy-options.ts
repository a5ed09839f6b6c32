import { HarRecorder } from "./har-recorder.js";

/** What the engine needs to answer proxied vendors from their upstreams. */
export interface ProxyState {
  /** Each proxied vendor's upstream base URL, by the vendor's prefix. */
  upstreams: ReadonlyMap<string, URL>;
  /** How long an upstream has to answer, body included, before the answer is a 504. */
  timeoutMs: number;
  /** Records the exchanges, when asked to. */
  har: HarRecorder | undefined;
}

/** The engine's proxy options, as `createMockEngine` takes them. */
export interface ProxyOptions {
  /** Vendor prefix → upstream base URL: that vendor's requests go there instead of being mocked. */
  proxy?: Readonly<Record<string, string>> | undefined;
  /** Record the proxied exchanges, to write as a HAR 1.2 file at `path` (see `flush`). */
  har?: { path: string } | undefined;
  /** How long an upstream has to answer, in milliseconds (default 30 000). */
  upstreamTimeoutMs?: number | undefined;
}

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;

/**
 * The proxy's state, or undefined when no vendor is proxied. Throws an Error naming the option
 * and its rule for a vendor not served, an upstream URL that is not a plain http(s) base URL,
 * a bad timeout, or a HAR file with nothing proxied to record.
 */
export function proxyState(
  options: ProxyOptions,
  servedVendors: readonly string[],
): ProxyState | undefined {
  const { proxy = {}, har, upstreamTimeoutMs = DEFAULT_UPSTREAM_TIMEOUT_MS } = options;
  if (!(Number.isSafeInteger(upstreamTimeoutMs) && upstreamTimeoutMs > 0)) {
    throw new RangeError(
      `upstreamTimeoutMs must be a whole number of milliseconds above 0; got ${String(upstreamTimeoutMs)}`,
    );
  }
  const upstreams = new Map<string, URL>();
  for (const [vendor, base] of Object.entries(proxy)) {
    if (!servedVendors.includes(vendor)) {
      throw new Error(
        `proxy: ${vendor} is not a vendor prefix served here (${servedVendors.join(", ")})`,
      );
    }
    upstreams.set(vendor, upstreamBase(vendor, base));
  }
  if (har !== undefined && (typeof har.path !== "string" || har.path === "")) {
    throw new TypeError("har.path must be the path of the HAR file to write");
  }
  if (upstreams.size === 0) {
    if (har !== undefined) throw new Error("har records proxied exchanges: proxy a vendor too");
    return undefined;
  }
  return {
    upstreams,
    timeoutMs: upstreamTimeoutMs,
    har: har === undefined ? undefined : new HarRecorder(har.path),
  };
}

/** A base URL: absolute http(s), with no credentials, query or fragment of its own. */
function upstreamBase(vendor: string, base: string): URL {
  const rule = `proxy.${vendor} must be an http or https base URL`;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new TypeError(`${rule}; got a value that is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`${rule}; got ${url.protocol}`);
  }
  // Never echoed: the value holds a credential.
  if (url.username !== "" || url.password !== "") {
    throw new TypeError(`${rule} without credentials (the client's own are passed on)`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new TypeError(`${rule} without a query or fragment; got ${url.href}`);
  }
  return url;
}
