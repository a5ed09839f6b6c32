import { isIP, type AddressInfo } from "node:net";

/*
 * A server listening on 0.0.0.0 or :: is reachable at any of the machine's addresses, but
 * `http://0.0.0.0:4010` is not one every client can connect to (Windows refuses it). Such a
 * gateway is announced at the loopback address of the family it listens on.
 */

/** `[::1]` → `::1`: the host as `net` takes it, from the form URLs write IPv6 in. */
function unbracketed(host: string): string {
  return host.replace(/^\[(.*)\]$/, "$1");
}

/** Whether the host (or a listening address) means every interface: 0.0.0.0, `::`, `[::]`. */
export function isWildcardHost(host: string): boolean {
  const bare = unbracketed(host);
  return bare === "0.0.0.0" || (isIP(bare) === 6 && /^[0:]+$/.test(bare));
}

/**
 * The base URL (`http://host:port`, no trailing slash) a client uses to reach a server that was
 * asked to listen on `host` and listens at `address`: the loopback address for a wildcard, the
 * host name as given (`localhost`, a container's service name), else the address listened on.
 */
export function clientUrl(host: string, address: AddressInfo): string {
  const listening = address.address;
  const ipv6 = listening.includes(":");
  let urlHost: string;
  if (isWildcardHost(listening)) urlHost = ipv6 ? "[::1]" : "127.0.0.1";
  else if (host !== "" && isIP(unbracketed(host)) === 0) urlHost = host;
  else urlHost = ipv6 ? `[${listening}]` : listening;
  return `http://${urlHost}:${address.port}`;
}
