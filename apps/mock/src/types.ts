/*
 * The contract between the transports and the engine: a vendor to serve, a request and its
 * answer. Nothing here refers to Prism, so the package's public types never reach its types.
 */
import type { ErrorFormatName } from "@switchboard/client-runtime/spec";

/** A vendor to serve, as the manifest or a caller's specs folder describes it. */
export interface VendorSource {
  /** The URL prefix: `twilio-flex` is served under `/twilio-flex`. */
  name: string;
  title: string;
  version: string;
  errorFormat: ErrorFormatName;
  /** The parsed OpenAPI document. */
  document: unknown;
}

/** Request headers by lower-case name, as received (a repeated header may be a list). */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** A request to one vendor, as a transport hands it to the engine. */
export interface MockRequest {
  method: string;
  /** Below the vendor's prefix, percent-encoded as received: `/v1/Things/TH1.json`. */
  path: string;
  query: Record<string, string | string[]>;
  headers: RequestHeaders;
  /** The session whose base URL it was sent to (`/__session/<key>/…`), if any. */
  session?: string;
  /** The raw body; rejects with a BodyTooLargeError past the transport's limit. */
  readBody(): Promise<Buffer>;
}

/** What the engine answers a request with. */
export interface MockResponse {
  status: number;
  /** By lower-case name, in the order they are to be sent. */
  headers: Record<string, string>;
  /**
   * Sent as JSON unless it is a string (sent as its UTF-8 text) or a Uint8Array (sent as its
   * bytes: a proxied upstream's body that is not UTF-8 text); none when undefined.
   */
  body: unknown;
}

/** An answer, or (an injected `reset` fault) the connection dropped without one. */
export type MockAnswer = MockResponse | { reset: true };

/** What a transport's `readBody` rejects with when a body is over its limit (a 413). */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`Request body is larger than ${limitBytes} bytes`);
  }
}
