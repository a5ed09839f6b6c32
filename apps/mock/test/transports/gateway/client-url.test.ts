import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { clientUrl, isWildcardHost } from "../../../src/transports/gateway/client-url.js";

const at = (address: string, port = 4010): AddressInfo => ({
  address,
  family: address.includes(":") ? "IPv6" : "IPv4",
  port,
});

describe("clientUrl: the base URL a client can use", () => {
  test.each<{ host: string; address: AddressInfo; url: string }>([
    // The default: the address asked for.
    { host: "127.0.0.1", address: at("127.0.0.1"), url: "http://127.0.0.1:4010" },
    // Every interface: the loopback address of the family listened on.
    { host: "0.0.0.0", address: at("0.0.0.0"), url: "http://127.0.0.1:4010" },
    { host: "::", address: at("::"), url: "http://[::1]:4010" },
    { host: "[::]", address: at("::"), url: "http://[::1]:4010" },
    { host: "0:0:0:0:0:0:0:0", address: at("::"), url: "http://[::1]:4010" },
    // An empty host listens everywhere too (Node's default); what counts is the address.
    { host: "", address: at("::"), url: "http://[::1]:4010" },
    // Port 0: the port the system picked.
    { host: "0.0.0.0", address: at("0.0.0.0", 53117), url: "http://127.0.0.1:53117" },
    // One IPv6 address: in brackets.
    { host: "::1", address: at("::1"), url: "http://[::1]:4010" },
    { host: "[::1]", address: at("::1"), url: "http://[::1]:4010" },
    { host: "2001:db8::7", address: at("2001:db8::7"), url: "http://[2001:db8::7]:4010" },
    { host: "192.168.1.20", address: at("192.168.1.20"), url: "http://192.168.1.20:4010" },
    // A name, as given: clients resolve it as the server did (a container's service name too).
    { host: "localhost", address: at("127.0.0.1"), url: "http://localhost:4010" },
    { host: "localhost", address: at("::1"), url: "http://localhost:4010" },
    { host: "mock", address: at("172.18.0.3"), url: "http://mock:4010" },
  ])("host $host listening at $address.address → $url", ({ host, address, url }) => {
    expect(clientUrl(host, address)).toBe(url);
    // Always a URL a client accepts, with nothing after the port.
    expect(new URL(url).pathname).toBe("/");
  });
});

describe("isWildcardHost", () => {
  test.each([
    { host: "0.0.0.0", wildcard: true },
    { host: "::", wildcard: true },
    { host: "[::]", wildcard: true },
    { host: "::0", wildcard: true },
    { host: "127.0.0.1", wildcard: false },
    { host: "::1", wildcard: false },
    { host: "localhost", wildcard: false },
    { host: "0.0.0.0.example", wildcard: false },
  ])("$host: $wildcard", ({ host, wildcard }) => {
    expect(isWildcardHost(host)).toBe(wildcard);
  });
});
