/*
 * The repository's specs served by one engine, and requests to them as a transport hands them
 * over: the tests of stateful mode drive `engine.handle` directly, with no port.
 */
import { fileURLToPath } from "node:url";
import {
  createMockEngine,
  type MockEngine,
  type MockEngineOptions,
} from "../../../src/engine/engine.js";
import type { MockResponse } from "../../../src/types.js";
import { loadSpecVendors } from "../../../src/vendors/load-vendors.js";

const SPECS = fileURLToPath(new URL("../../../../../specs/", import.meta.url));

export async function specsEngine(options: MockEngineOptions = {}): Promise<MockEngine> {
  return createMockEngine(await loadSpecVendors(SPECS), options);
}

/** The URL prefixes of the repository's specs, in the order the engine lists them. */
export async function specsVendorNames(): Promise<string[]> {
  return (await loadSpecVendors(SPECS)).map(({ name }) => name);
}

/** Credentials each vendor's scheme accepts (the mock checks only that they are there). */
const AUTH: Readonly<Record<string, Record<string, string>>> = {
  "twilio-flex": { authorization: `Basic ${Buffer.from("AC1:token").toString("base64")}` },
  syllable: { "syllable-api-key": "key" },
  "watsonx-orchestrate": { authorization: "Bearer token" },
  healthing: { authorization: "Bearer token" },
};

/** One request: a JSON body, or a form (its values already encoded as the client sends them). */
export interface Call {
  method: string;
  path: string;
  json?: unknown;
  form?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  session?: string;
}

/** Sends the call to the vendor; the answer, which must not be a dropped connection. */
export async function send(engine: MockEngine, vendorName: string, call: Call) {
  const { vendor } = engine.route(`/${vendorName}`);
  if (!vendor) throw new Error(`no vendor ${vendorName}`);
  const { json, form } = call;
  const body =
    form === undefined ? JSON.stringify(json ?? {}) : new URLSearchParams(form).toString();
  const contentType = form === undefined ? "application/json" : "application/x-www-form-urlencoded";
  const answer = await engine.handle(vendor, {
    method: call.method,
    path: call.path,
    query: call.query ?? {},
    headers: { "content-type": contentType, ...AUTH[vendorName], ...call.headers },
    ...(call.session === undefined ? {} : { session: call.session }),
    readBody: async () => Buffer.from(body),
  });
  if ("reset" in answer) throw new Error("the connection was dropped");
  return answer satisfies MockResponse;
}

/** Sends each call in turn; the answer to the last. */
export async function sendAll(engine: MockEngine, vendorName: string, calls: readonly Call[]) {
  let last: MockResponse | undefined;
  for (const call of calls) last = await send(engine, vendorName, call);
  if (!last) throw new Error("no calls");
  return last;
}
