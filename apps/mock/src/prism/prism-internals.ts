/*
 * Prism's own request checks and path matching, taken from inside `@stoplight/prism-http` so the
 * engine can run them one by one (the validating proxy, the fast path) and reach exactly Prism's
 * verdicts. These are not Prism's public API: they are pinned to prism-http 5.12.0, which the
 * workspace's pnpm overrides fix. Check them again when that version changes.
 */
import { createRequire } from "node:module";
import type { IHttpRequest, IHttpResponse } from "@stoplight/prism-http";
// Loads prism-http (and the stand-ins for the modules it rarely uses) before its internals.
import "./load-prism.js";
import type { Diagnostic } from "../engine/check/prism-violations.js";
import type { PrismOperation } from "../engine/vendor.js";

/** What a Prism check returns: its findings, or none (an fp-ts Either). */
export type Checked = { _tag: "Left"; left: Diagnostic[] } | { _tag: "Right" };

export type MediaTypeContent = NonNullable<PrismOperation["responses"][number]["contents"]>[number];

/** The validators Prism's factory runs, each on one operation (`resource`). */
export interface PrismValidators {
  validateInput(check: { resource: PrismOperation; element: IHttpRequest }): Checked;
  validateSecurity(check: { resource: PrismOperation; element: IHttpRequest }): Checked;
  validateOutput(check: { resource: PrismOperation; element: IHttpResponse }): Checked;
  validateMediaType(contents: MediaTypeContent[], mediaType: string | undefined): Checked;
}

/** How Prism's router matches a request path to an operation's path template. */
export interface PrismPathMatching {
  matchPath(
    requestPath: string,
    operationPath: string,
  ):
    { _tag: "Left"; left: Error } | { _tag: "Right"; right: "concrete" | "templated" | "no-match" };
  isTemplated(pathFragment: string): boolean;
}

/** The parts Prism's `validateInput` is made of, each an fp-ts Either; context 0 is a request. */
export interface PrismInputParts {
  validateBody(
    body: unknown,
    contents: MediaTypeContent[],
    context: 0,
    mediaType: string | undefined,
    multipartBoundary: string | undefined,
    bundle: unknown,
  ): Checked;
  validateHeaders(headers: object, specs: unknown[], context: 0, bundle: unknown): Checked;
  validateQuery(query: object, specs: unknown[], context: 0, bundle: unknown): Checked;
  validatePath(pathParams: object, specs: unknown[], context: 0, bundle: unknown): Checked;
}

const require = createRequire(import.meta.url);
// What prism-http requires, resolved as it resolves it.
const requireFromPrism = createRequire(require.resolve("@stoplight/prism-http"));

// The modules prism-http itself loaded: one copy of its compiled schemas.
export const prismValidators = require("@stoplight/prism-http/dist/validator") as PrismValidators;

export const prismPathMatching =
  require("@stoplight/prism-http/dist/router/matchPath") as PrismPathMatching;

export const prismInputParts =
  require("@stoplight/prism-http/dist/validator/validators") as PrismInputParts;

/** `[boundary, media type]` of a Content-Type, as Prism's request validation reads it. */
export const { parseMIMEHeader } =
  require("@stoplight/prism-http/dist/validator/validators/headers") as {
    parseMIMEHeader(contentType: string): [string | undefined, string];
  };

/** Whether a media type falls under a documented one (`*\/*`, `application/*`), as Prism reads it. */
export const { wildcardMediaTypeMatch } =
  require("@stoplight/prism-http/dist/validator/utils/wildcardMediaTypeMatch") as {
    wildcardMediaTypeMatch(mediaType: string, documented: string): boolean;
  };

/** Header lookup by any case, as Prism does it. */
export const caseless = requireFromPrism("caseless") as (headers: object) => {
  get(name: string): string | undefined;
};

/** The URI template matcher Prism reads path parameters with. */
export const { URI } = requireFromPrism("uri-template-lite") as {
  URI: { Template: new (template: string) => { match(path: string): Record<string, string> } };
};
