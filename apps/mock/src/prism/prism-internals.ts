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

/** A parameter deserializer: the value of `name` in `parameters`, read in one style. */
export type PrismDeserializer = (
  name: string,
  parameters: Record<string, unknown>,
  schema: { type?: unknown } | undefined,
  explode: boolean,
) => unknown;

/** Prism's parameter deserializers by location and style. */
export const prismDeserializers = require("@stoplight/prism-http/dist/validator/deserializers") as {
  header: Record<string, PrismDeserializer>;
  query: Record<string, PrismDeserializer>;
  path: Record<string, PrismDeserializer>;
};

/** Prism's request-body schema preparation: read-only properties dropped (an fp-ts Option). */
export const { stripReadOnlyProperties } =
  require("@stoplight/prism-http/dist/utils/filterRequiredProperties") as {
    stripReadOnlyProperties(schema: object): { _tag: "None" } | { _tag: "Some"; value: object };
  };

/** The `allOf` merge Prism applies to a body schema before validating it. */
export const mergeAllOf = requireFromPrism("@stoplight/json-schema-merge-allof") as (
  schema: object,
  options: { deep: boolean; ignoreAdditionalProperties: boolean },
) => object;

/** Media type matching as Prism's body validation does it. */
export const typeIs = requireFromPrism("type-is") as {
  is(mediaType: string, types: string[]): string | false;
};

/** A security scheme's check, as Prism's `validateSecurity` runs it (an fp-ts Either). */
export type PrismSecurityHandler = (input: IHttpRequest, name: string) => { _tag: string };

/** Prism's security checks: the handler for a scheme (Left when it has none), and for none. */
export const prismSecurityHandlers =
  require("@stoplight/prism-http/dist/validator/validators/security/handlers") as {
    findSecurityHandler(
      scheme: object,
    ): { _tag: "Left" } | { _tag: "Right"; right: PrismSecurityHandler };
    noneSecurityHandler: PrismSecurityHandler;
  };

/** The URI template matcher Prism reads path parameters with. */
export const { URI } = requireFromPrism("uri-template-lite") as {
  URI: { Template: new (template: string) => { match(path: string): Record<string, string> } };
};
