/*
 * Prism's security check (`validateSecurity` of prism-http 5.12.0) compiled once per operation:
 * each scheme's handler is looked up once, and a request passes when every scheme of one of the
 * alternatives passes (an empty alternative: no credentials at all), as Prism decides it, without
 * building Prism's diagnostics on the way. Its usual schemes are checked by the same tests
 * written out (a table test holds each to Prism's verdict).
 */
import type { IHttpRequest } from "@stoplight/prism-http";
import { prismSecurityHandlers, type PrismSecurityHandler } from "../../prism/prism-internals.js";
import type { PrismOperation } from "../vendor.js";

/** Whether Prism's `validateSecurity` would pass a request to the operation it was compiled for. */
export type SecurityCheck = (element: IHttpRequest) => boolean;

type Scheme = NonNullable<PrismOperation["security"]>[number][number];

export function compileSecurityCheck(operation: PrismOperation): SecurityCheck {
  const alternatives = (operation.security ?? []).map((schemes) =>
    schemes.length === 0
      ? [passes(prismSecurityHandlers.noneSecurityHandler, "")]
      : schemes.map(schemeCheck),
  );
  if (alternatives.length === 0) return () => true;
  return (element) => alternatives.some((checks) => checks.every((check) => check(element)));
}

function schemeCheck(scheme: Scheme): SecurityCheck {
  const own = ownCheck(scheme);
  if (own) return own;
  const handler = prismSecurityHandlers.findSecurityHandler(scheme);
  // A scheme Prism has no handler for fails its alternative (Prism reports it as unsupported).
  if (handler._tag === "Left") return () => false;
  return passes(handler.right, "name" in scheme ? scheme.name : "");
}

/**
 * Prism's handlers for the common schemes (security/handlers: basicAuth, bearer, apiKey), each
 * the same test written without its fp-ts steps; Prism's own handler runs for the rest.
 */
function ownCheck(scheme: Scheme): SecurityCheck | undefined {
  if (scheme.type === "http" && scheme.scheme === "basic") return isBasic;
  if (
    (scheme.type === "http" && scheme.scheme === "bearer") ||
    scheme.type === "oauth2" ||
    scheme.type === "openIdConnect"
  ) {
    return isBearer;
  }
  if (scheme.type === "apiKey" && scheme.in === "header") {
    const name = scheme.name.toLowerCase();
    return (element) => Boolean((element.headers as Record<string, unknown> | undefined)?.[name]);
  }
  if (scheme.type === "apiKey" && scheme.in === "query") {
    const { name } = scheme;
    return (element) => Boolean((element.url.query as Record<string, unknown> | undefined)?.[name]);
  }
  return undefined;
}

/** Prism's `httpBasic`: scheme `basic` (any case) and a token that decodes to one `:`. */
function isBasic(element: IHttpRequest): boolean {
  const authorization = (element.headers?.authorization ?? "") as string;
  if (!authorization) return false;
  const [scheme = "", token] = authorization.split(" ");
  return (
    scheme.toLowerCase() === "basic" &&
    Boolean(token) &&
    Buffer.from(token as string, "base64")
      .toString()
      .split(":").length === 2
  );
}

/** Prism's `bearer` (also its `oauth2` and `openIdConnect`): `Bearer `, then a token. */
function isBearer(element: IHttpRequest): boolean {
  const authorization: unknown = element.headers?.authorization;
  return (
    authorization !== undefined && authorization !== null && BEARER.test(String(authorization))
  );
}

const BEARER = /^Bearer\s.+$/;

function passes(handler: PrismSecurityHandler, name: string): SecurityCheck {
  return (element) => handler(element, name)._tag === "Right";
}
