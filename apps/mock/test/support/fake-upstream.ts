/*
 * A stand-in for a vendor's real API, for the validating proxy's tests: a node:http server on a
 * free port that answers every operation of the vendors it is given, as documented or drifted
 * from the spec in one way the request asks for. The drifts are derived from each operation's
 * documented responses, so a new spec brings its own.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { documentedResponse } from "../../src/engine/respond/documented-responses.js";
import { matchRoute } from "../../src/engine/route.js";
import type { PrismOperation, Vendor } from "../../src/engine/vendor.js";

/** The request header naming the answer the fake gives (`conforming` when absent). */
export const ANSWER_HEADER = "x-fake-answer";
/** A request header whose value the fake sends back as its own `x-request-id`. */
export const UPSTREAM_ID_HEADER = "x-fake-request-id";

/** The ways an answer drifts from the spec. */
export type DriftKind = "enum" | "required" | "type" | "status";

/**
 * What the fake can answer: as documented, a drift, the documented answer gzipped or as bytes
 * that are not UTF-8 text, or nothing at all (`hang`, until it is closed).
 */
export type AnswerKind = "conforming" | DriftKind | "gzip" | "binary" | "hang";

/** An answer as the fake writes it. */
export interface FakeAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** An answer drifted from the spec, and the one violation it must be reported as. */
export interface Drift {
  kind: DriftKind;
  answer: FakeAnswer;
  expected: { pointer: string; rule: string };
}

/** A request as the fake received it. */
export interface UpstreamRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface FakeUpstream {
  /** The base URL to proxy a vendor to: `http://127.0.0.1:<port>/<name>`. */
  baseUrl(vendor: string): string;
  /** What it received, oldest first. */
  readonly received: UpstreamRequest[];
  close(): Promise<void>;
}

/** Starts the fake on a free port, serving each vendor below `/<name>`. */
export async function startFakeUpstream(vendors: readonly Vendor[]): Promise<FakeUpstream> {
  const byName = new Map(vendors.map((vendor) => [vendor.name, vendor]));
  const received: UpstreamRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = request.url ?? "/";
      const method = request.method ?? "GET";
      received.push({ method, url, headers: request.headers, body: Buffer.concat(chunks) });
      const kind = String(request.headers[ANSWER_HEADER] ?? "conforming") as AnswerKind;
      if (kind === "hang") return;
      const answer = answerFor(byName, method, url, kind);
      const ownId = request.headers[UPSTREAM_ID_HEADER];
      const headers =
        typeof ownId === "string" ? { ...answer.headers, "x-request-id": ownId } : answer.headers;
      response.writeHead(answer.status, { ...headers, "content-length": answer.body.length });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: (vendor) => `http://127.0.0.1:${port}/${vendor}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answerFor(
  vendors: ReadonlyMap<string, Vendor>,
  method: string,
  url: string,
  kind: AnswerKind,
): FakeAnswer {
  const { pathname } = new URL(url, "http://upstream");
  const [, prefix = "", ...rest] = pathname.split("/");
  const vendor = vendors.get(prefix);
  const matched = vendor && matchRoute(vendor, method, `/${rest.join("/")}`);
  if (!matched) return jsonAnswer(404, { error: `no operation at ${method} ${pathname}` });
  const { operation } = matched.route;
  if (kind === "conforming") return conformingAnswer(operation);
  if (kind === "gzip") {
    const plain = conformingAnswer(operation);
    const headers = { ...plain.headers, "content-encoding": "gzip" };
    return { ...plain, headers, body: gzipSync(plain.body) };
  }
  if (kind === "binary") {
    const headers = { "content-type": "application/octet-stream" };
    return { status: 200, headers, body: Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x41]) };
  }
  const drift = driftsOf(operation).find((candidate) => candidate.kind === kind);
  return drift?.answer ?? jsonAnswer(501, { error: `no ${kind} drift for this operation` });
}

// ---------------------------------------------------------------------------------------------
// Answers derived from the spec

type PrismResponse = PrismOperation["responses"][number];

/** The parts of a JSON Schema the drifts are made from. */
interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: unknown;
  oneOf?: unknown;
  allOf?: unknown;
  not?: unknown;
  if?: unknown;
  writeOnly?: boolean;
}

/** The documented success answer: its first example, written as a vendor might (indented). */
export function conformingAnswer(operation: PrismOperation): FakeAnswer {
  const success = documentedResponse(operation, undefined);
  const example = success && exampleOf(success);
  if (!success || !example) throw new Error(`${operation.iid ?? operation.id}: no JSON example`);
  return documentedAnswer(Number(success.code), success, example.mediaType, example.value);
}

/**
 * Every drift the operation's documented responses allow, one of each kind: a value its enum
 * does not list, a required property left out, a value of a type it does not allow (each in the
 * first documented response with a JSON example where the spec has one), and a status the
 * operation does not document (none when it documents a `default`).
 */
export function driftsOf(operation: PrismOperation): Drift[] {
  const drifts: Drift[] = [];
  const candidates = [
    documentedResponse(operation, undefined),
    ...operation.responses.filter((response) => /^\d{3}$/.test(response.code)),
  ];
  const documented = candidates.flatMap((response) => {
    const example = response && exampleOf(response);
    return response && example ? [{ response, ...example }] : [];
  });
  for (const kind of ["enum", "required", "type"] as const) {
    for (const { response, mediaType, schema, value } of documented) {
      const drifted = drift(kind, schema, structuredClone(value));
      if (!drifted) continue;
      const answer = documentedAnswer(Number(response.code), response, mediaType, drifted.value);
      drifts.push({ kind, answer, expected: { pointer: drifted.pointer, rule: kind } });
      break;
    }
  }
  const status = [418, 299, 599, 207].find((code) => !documentedResponse(operation, code));
  const [first] = documented;
  if (status !== undefined && first) {
    const answer = documentedAnswer(status, first.response, first.mediaType, first.value);
    drifts.push({ kind: "status", answer, expected: { pointer: "/status", rule: "status" } });
  }
  return drifts;
}

function exampleOf(
  response: PrismResponse,
): { mediaType: string; schema: Schema; value: unknown } | undefined {
  const content = response.contents?.find(({ mediaType }) => /json/.test(mediaType));
  const [example] = content?.examples ?? [];
  if (!content?.schema || !example || !("value" in example)) return undefined;
  return { mediaType: content.mediaType, schema: content.schema as Schema, value: example.value };
}

function documentedAnswer(
  status: number,
  response: PrismResponse,
  mediaType: string,
  value: unknown,
): FakeAnswer {
  const headers: Record<string, string> = { "content-type": mediaType, "x-upstream": "fake" };
  for (const header of response.headers ?? []) {
    if (header.required) headers[header.name.toLowerCase()] = headerValue(header.schema as Schema);
  }
  return { status, headers, body: Buffer.from(`${JSON.stringify(value, null, 2)}\n`) };
}

function headerValue(schema: Schema | undefined): string {
  const types = [schema?.type ?? "string"].flat();
  return types.includes("integer") || types.includes("number") ? "1" : "fake";
}

function jsonAnswer(status: number, body: unknown): FakeAnswer {
  return {
    status,
    headers: { "content-type": "application/json" },
    body: Buffer.from(JSON.stringify(body)),
  };
}

/** A node of the example, with its schema and where it is. */
interface Spot {
  path: (string | number)[];
  schema: Schema;
  value: unknown;
  parent?: Record<string, unknown> | unknown[];
}

/** The example's nodes a plain schema describes, depth first; composed schemas are not entered. */
function* spots(
  schema: Schema,
  value: unknown,
  path: (string | number)[] = [],
  parent?: Spot["parent"],
): Generator<Spot> {
  const composed = ["anyOf", "oneOf", "allOf", "not", "if"].some((key) => key in schema);
  if (composed || schema.writeOnly) return;
  yield { path, schema, value, ...(parent ? { parent } : {}) };
  if (Array.isArray(value) && schema.items && value.length > 0) {
    yield* spots(schema.items, value[0], [...path, 0], value);
  } else if (isRecord(value)) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (name in value) yield* spots(property, value[name], [...path, name], value);
    }
  }
}

/** The example with one drift of the kind, and its pointer; undefined where there is none. */
function drift(
  kind: "enum" | "required" | "type",
  schema: Schema,
  example: unknown,
): { value: unknown; pointer: string } | undefined {
  for (const spot of spots(schema, example)) {
    const { path, schema: at, value, parent } = spot;
    const key = path.at(-1);
    if (kind === "enum" && Array.isArray(at.enum) && typeof value === "string" && parent) {
      setAt(parent, key, "drifted-value");
      return { value: example, pointer: pointer(path) };
    }
    if (kind === "required" && isRecord(value)) {
      const missing = (at.required ?? []).find((name) => name in value);
      if (missing === undefined) continue;
      delete value[missing];
      return { value: example, pointer: pointer([...path, missing]) };
    }
    if (kind === "type" && parent && at.type !== undefined && !at.enum && !("const" in at)) {
      const allowed = [at.type].flat();
      const wrong = [12345, "drifted", true].find((candidate) => !admits(allowed, candidate));
      if (wrong === undefined) continue;
      setAt(parent, key, wrong);
      return { value: example, pointer: pointer(path) };
    }
  }
  return undefined;
}

function setAt(
  parent: NonNullable<Spot["parent"]>,
  key: string | number | undefined,
  value: unknown,
) {
  (parent as Record<string | number, unknown>)[key as string | number] = value;
}

/** Whether a value of one of these JSON Schema types may be this value (an integer is a number). */
function admits(types: string[], value: unknown): boolean {
  if (typeof value === "number") return types.includes("number") || types.includes("integer");
  return types.includes(typeof value);
}

function pointer(path: (string | number)[]): string {
  return [
    "/body",
    ...path.map((token) => `/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`),
  ].join("");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
