/*
 * What every transport (the node:http gateway, the MSW handlers) hands the front door, and what
 * it gets back to send in its own terms.
 */
import type { MockResponse, RequestHeaders } from "../types.js";

/** One request as it reached a transport, before anything is known about it. */
export interface FrontDoorRequest {
  method: string;
  /** The request target as received: `/twilio-flex/v1/...?x=1` or an absolute URL. */
  target: string;
  headers: RequestHeaders;
  /** The raw body; rejects with a BodyTooLargeError past `limitBytes`. */
  readBody(limitBytes: number): Promise<Buffer>;
}

/** The compressions a site file is offered in. */
export type ContentEncoding = "br" | "gzip";

/** A file of the docs site, ready to send. */
export interface SiteFile {
  body: Buffer;
  contentType: string;
  /** A strong validator of `body` (quoted). */
  etag: string;
  /** The body in that encoding (computed once), or undefined when it is not worth it. */
  encoded(encoding: ContentEncoding): Promise<Buffer> | undefined;
}

/** The docs site's file for a request path, or undefined where it has none. */
export type StaticSite = (pathname: string) => Promise<SiteFile | undefined>;

/**
 * What to send: an answer (its body JSON unless a string or bytes), a long JSON text in pieces
 * (the journal), or nothing at all (an injected reset: drop the connection).
 */
export type FrontDoorAnswer =
  | MockResponse
  | { status: number; headers: Record<string, string>; chunks: Iterable<string> }
  | { reset: true };
