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

const require = createRequire(import.meta.url);

// The modules prism-http itself loaded: one copy of its compiled schemas.
export const prismValidators = require("@stoplight/prism-http/dist/validator") as PrismValidators;

export const prismPathMatching =
  require("@stoplight/prism-http/dist/router/matchPath") as PrismPathMatching;
