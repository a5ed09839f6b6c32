import { STATUS_CODES } from "node:http";
import { redactBody, redactHeaders } from "@switchboard/client-runtime";
import { redactEmbedded, redactPath } from "../journal/embedded-secrets.js";
import { JOURNAL_DEFAULTS, type SpecViolation } from "../journal/journal.js";
import { keptBodyJson } from "../journal/journal-body.js";
import { isJsonMediaType } from "./check-response.js";

/** One exchange of a HAR log, with the proxy's own fields (`_requestId`, `_violations`). */
export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: never[];
    headers: HarPair[];
    queryString: HarPair[];
    postData?: { mimeType: string; text: string; params?: HarPair[]; comment?: string };
    headersSize: -1;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: never[];
    headers: HarPair[];
    content: { size: number; mimeType: string; text?: string; comment?: string };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  /** The journal entry's request id. */
  _requestId: string;
  _violations: SpecViolation[];
}

export interface HarPair {
  name: string;
  value: string;
}

/** One exchange as recorded: what was sent where, and what the client was answered. */
export interface RecordedExchange {
  requestId: string;
  url: URL;
  startedAt: Date;
  timings: { wait: number; receive: number };
  request: {
    method: string;
    headers: readonly [string, string][];
    query: Record<string, string | string[]>;
    rawBody: Buffer;
    jsonFormFields: ReadonlySet<string>;
  };
  response: { status: number; headers: Record<string, string>; body: Buffer };
  violations: SpecViolation[];
}

const FORM = "application/x-www-form-urlencoded";
const NOT_KEPT =
  "Not kept: only JSON and form bodies are recorded, parsed and with credentials redacted";

/**
 * The exchange as a HAR entry, redacted as the journal redacts: credential headers, query
 * values, path segments and body fields become `[REDACTED]`, and a body no redactor can read
 * (not JSON or a form) is left out. A body over the journal's per-entry limit is cut to a preview.
 */
export function harEntry(exchange: RecordedExchange): HarEntry {
  const { request, response, timings } = exchange;
  const query = redactEmbedded(redactBody(request.query)) as Record<string, string | string[]>;
  const queryString = Object.entries(query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item) => ({ name, value: String(item) })),
  );
  const url = new URL(exchange.url.origin);
  url.pathname = redactPath(exchange.url.pathname);
  url.search = new URLSearchParams(queryString.map(({ name, value }) => [name, value])).toString();
  const requestType = headerValue(request.headers, "content-type");
  const responseType = response.headers["content-type"];
  return {
    startedDateTime: exchange.startedAt.toISOString(),
    time: timings.wait + timings.receive,
    request: {
      method: request.method,
      url: url.href,
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: redactedPairs(request.headers),
      queryString,
      ...(request.rawBody.length === 0
        ? {}
        : { postData: postData(request.rawBody, requestType, request.jsonFormFields) }),
      headersSize: -1,
      bodySize: request.rawBody.length,
    },
    response: {
      status: response.status,
      statusText: STATUS_CODES[response.status] ?? "",
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: redactedPairs(Object.entries(response.headers)),
      content: content(response.body, responseType),
      redirectURL: "",
      headersSize: -1,
      bodySize: response.body.length,
    },
    cache: {},
    timings: { send: 0, wait: timings.wait, receive: timings.receive },
    _requestId: exchange.requestId,
    _violations: exchange.violations,
  };
}

function redactedPairs(pairs: readonly (readonly [string, string])[]): HarPair[] {
  return pairs.map(([name, value]) => {
    const redacted = redactEmbedded(redactHeaders({ [name]: value })) as Record<string, string>;
    return { name, value: redacted[name] ?? "" };
  });
}

function headerValue(pairs: readonly [string, string][], wanted: string): string | undefined {
  return pairs.find(([name]) => name === wanted)?.[1];
}

function postData(
  raw: Buffer,
  contentType: string | undefined,
  jsonFormFields: ReadonlySet<string>,
): NonNullable<HarEntry["request"]["postData"]> {
  const mimeType = contentType ?? "";
  const kept = keptBodyJson({ raw, contentType, jsonFormFields }, JOURNAL_DEFAULTS.maxBodyBytes);
  const parsed = JSON.parse(kept ?? "null") as unknown;
  if (isOmitted(parsed)) return { mimeType, text: "", comment: omission(parsed) };
  const isForm = mimeType.split(";")[0]?.trim().toLowerCase() === FORM;
  if (!isForm) return { mimeType, text: kept ?? "" };
  // A form: its fields, as HAR lists them.
  const fields = Object.entries(parsed as Record<string, unknown>).map(([name, value]) => ({
    name,
    value: typeof value === "string" ? value : JSON.stringify(value),
  }));
  return { mimeType, text: "", params: fields };
}

function content(raw: Buffer, contentType: string | undefined): HarEntry["response"]["content"] {
  const mimeType = contentType ?? "";
  const size = raw.length;
  if (size === 0) return { size, mimeType };
  if (!isJsonMediaType(contentType)) return { size, mimeType, comment: NOT_KEPT };
  const kept = keptBodyJson(
    { raw, contentType, jsonFormFields: new Set() },
    JOURNAL_DEFAULTS.maxBodyBytes,
  );
  const parsed = JSON.parse(kept ?? "null") as unknown;
  if (isOmitted(parsed)) return { size, mimeType, comment: omission(parsed) };
  return { size, mimeType, text: kept ?? "" };
}

interface Omitted {
  $omitted: string;
  preview?: string;
}

function isOmitted(value: unknown): value is Omitted {
  return typeof value === "object" && value !== null && "$omitted" in value;
}

function omission({ $omitted, preview }: Omitted): string {
  if ($omitted === "truncated") return `Truncated; its redacted start: ${preview ?? ""}`;
  return NOT_KEPT;
}
