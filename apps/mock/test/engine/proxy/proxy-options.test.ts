import { describe, expect, test } from "vitest";
import { createMockEngine } from "../../../src/engine/engine.js";
import { HarRecorder } from "../../../src/engine/proxy/har-recorder.js";
import {
  DEFAULT_UPSTREAM_TIMEOUT_MS,
  proxyState,
  type ProxyOptions,
} from "../../../src/engine/proxy/proxy-options.js";
import { loadSpecs } from "./operation-requests.js";

const SERVED = ["acme", "globex"];

describe("proxyState", () => {
  test("nothing proxied: no proxy at all", () => {
    expect(proxyState({}, SERVED)).toBeUndefined();
    expect(proxyState({ proxy: {} }, SERVED)).toBeUndefined();
  });

  test("each vendor's base URL, the default timeout, no recorder unless asked", () => {
    const state = proxyState({ proxy: { acme: "https://api.acme.test/v2/" } }, SERVED);
    expect(state?.upstreams).toStrictEqual(
      new Map([["acme", new URL("https://api.acme.test/v2/")]]),
    );
    expect(state?.timeoutMs).toBe(DEFAULT_UPSTREAM_TIMEOUT_MS);
    expect(state?.har).toBeUndefined();
    const recording = proxyState(
      { proxy: { acme: "http://127.0.0.1:9" }, har: { path: "out.har" }, upstreamTimeoutMs: 5 },
      SERVED,
    );
    expect(recording?.har).toBeInstanceOf(HarRecorder);
    expect(recording?.har?.path).toBe("out.har");
    expect(recording?.timeoutMs).toBe(5);
  });

  test.each<{ name: string; options: ProxyOptions; error: RegExp }>([
    {
      name: "a vendor not served",
      options: { proxy: { initech: "https://initech.test" } },
      error: /^proxy: initech is not a vendor prefix served here \(acme, globex\)$/,
    },
    { name: "not a URL", options: { proxy: { acme: "acme.test" } }, error: /not a URL$/ },
    { name: "not http", options: { proxy: { acme: "ftp://acme.test" } }, error: /got ftp:$/ },
    {
      name: "a query",
      options: { proxy: { acme: "https://acme.test/?key=1" } },
      error: /without a query or fragment/,
    },
    {
      name: "credentials in the URL",
      options: { proxy: { acme: "https://user:hunter2@acme.test" } },
      error: /^proxy\.acme must be an http or https base URL without credentials/,
    },
    {
      name: "a timeout of 0",
      options: { proxy: { acme: "https://acme.test" }, upstreamTimeoutMs: 0 },
      error: /^upstreamTimeoutMs must be a whole number of milliseconds above 0; got 0$/,
    },
    {
      name: "a fractional timeout",
      options: { proxy: { acme: "https://acme.test" }, upstreamTimeoutMs: 1.5 },
      error: /got 1\.5$/,
    },
    {
      name: "a HAR file with nothing proxied",
      options: { har: { path: "out.har" } },
      error: /^har records proxied exchanges: proxy a vendor too$/,
    },
    {
      name: "a HAR file without a path",
      options: { proxy: { acme: "https://acme.test" }, har: { path: "" } },
      error: /^har\.path must be/,
    },
  ])("refuses $name, naming the option and its rule", ({ options, error }) => {
    expect(() => proxyState(options, SERVED)).toThrow(error);
  });

  test("an upstream URL's credentials are never echoed", () => {
    expect(() => proxyState({ proxy: { acme: "https://u:hunter2@acme.test" } }, SERVED)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("hunter2") }),
    );
  });
});

test("createMockEngine refuses bad proxy options before reading any spec", async () => {
  const sources = await loadSpecs();
  await expect(createMockEngine(sources, { proxy: { nope: "https://x.test" } })).rejects.toThrow(
    /^proxy: nope is not a vendor prefix served here/,
  );
});

test("an engine without proxy has no recorder, and flush does nothing", async () => {
  const engine = await createMockEngine(await loadSpecs());
  expect(engine.har).toBeUndefined();
  await expect(engine.flush()).resolves.toBeUndefined();
});
