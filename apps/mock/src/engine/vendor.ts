/*
 * A vendor as the engine holds it: its spec read once, at startup, into Prism's operations and
 * the routes, parameters and media types every request needs.
 */
import type { getHttpOperationsFromSpec, PrismHttpInstance } from "@stoplight/prism-http";
import type { VendorSource } from "../types.js";
import type { ParameterNames } from "./check/parameter-names.js";
import type { VendorWiring } from "./vendor-wiring.js";

/** One operation of a spec, as Prism reads it. */
export type PrismOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

/** A vendor as the engine serves it: its spec read once, at startup, into what requests need. */
export interface Vendor extends Omit<VendorSource, "document">, VendorWiring {
  /** The operations Prism routes, validates and mocks. */
  operations: PrismOperation[];
  /** Request media types the spec accepts; anything else is a 415. */
  requestMediaTypes: ReadonlySet<string>;
  /** Form fields the spec sends as one JSON document (`encoding.contentType: application/json`). */
  jsonFormFields: ReadonlySet<string>;
  routes: Route[];
  /** Parameter names as the spec spells them, for the names Prism reports. */
  parameterNames: ParameterNames;
  /** This vendor's Prism. */
  prism: PrismHttpInstance;
}

/** One operation and the pattern its path template matches. */
export interface Route {
  operation: PrismOperation;
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  paramNames: string[];
  /** Parameters whose values must be number literals (see engine/check/numeric-parameters.ts). */
  numericParameters: NumericParameter[];
}

/** An operation a request matched, with the request's path parameters. */
export interface RouteMatch {
  route: Route;
  pathParams: Record<string, string>;
}

/** A path or query parameter the spec types as a number. */
export interface NumericParameter {
  in: "path" | "query";
  name: string;
  type: "integer" | "number";
}
