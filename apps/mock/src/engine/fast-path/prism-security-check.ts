/*
 * Prism's security check (`validateSecurity` of prism-http 5.12.0) compiled once per operation:
 * each scheme's handler is looked up once, and a request passes when every scheme of one of the
 * alternatives passes (an empty alternative: no credentials at all), as Prism decides it, without
 * building Prism's diagnostics on the way.
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
  const handler = prismSecurityHandlers.findSecurityHandler(scheme);
  // A scheme Prism has no handler for fails its alternative (Prism reports it as unsupported).
  if (handler._tag === "Left") return () => false;
  return passes(handler.right, "name" in scheme ? scheme.name : "");
}

function passes(handler: PrismSecurityHandler, name: string): SecurityCheck {
  return (element) => handler(element, name)._tag === "Right";
}
