/*
 * Credentials that are there but hold nothing. Prism only checks that a credential is present,
 * so `Authorization: Basic Og==` (a blank user and password) passes; the vendors answer it 401.
 * Such a credential is taken out of the request Prism sees, so the answer is exactly the one a
 * missing credential gets: the documented 401, with its headers, in the vendor's own shape.
 */
import type { PrismOperation } from "../vendor.js";

/** One scheme of a security requirement, as Prism reads it off the spec. */
export type SecurityScheme = NonNullable<PrismOperation["security"]>[number][number];

/** Where a request carries its credentials. Header names are lower-case, as Prism reads them. */
export interface CredentialCarrier {
  headers: Record<string, string>;
  query: Record<string, string | string[]>;
}

/**
 * The request without the credentials the operation's security schemes would find blank or
 * malformed; other credentials, and valid-looking ones, are left for Prism to check as before.
 * Every alternative requirement is looked at, so a blank credential never counts for any.
 */
export function withoutBlankCredentials<Request extends CredentialCarrier>(
  security: PrismOperation["security"],
  request: Request,
): Request {
  const blank = { header: new Set<string>(), query: new Set<string>() };
  for (const place of credentialPlaces(security)) {
    if (isBlankAt(place, request)) blank[place.in].add(place.name);
  }
  return {
    ...request,
    headers: without(request.headers, blank.header),
    query: without(request.query, blank.query),
  };
}

/** Whether the request carries a credential the operation's schemes would find blank. */
export function hasBlankCredential(
  security: PrismOperation["security"],
  request: CredentialCarrier,
): boolean {
  return credentialPlaces(security).some((place) => isBlankAt(place, request));
}

function isBlankAt(place: CredentialPlace, { headers, query }: CredentialCarrier): boolean {
  const value = place.in === "header" ? headers[place.name] : query[place.name];
  return value !== undefined && place.blank(value);
}

/** A copy of the values without the names given. */
function without<Value>(values: Record<string, Value>, names: ReadonlySet<string>) {
  const kept: Record<string, Value> = {};
  for (const name of Object.keys(values)) {
    if (!names.has(name)) kept[name] = values[name] as Value;
  }
  return kept;
}

// An operation's security is one array for all its requests, so its places are read once.
const placesOf = new WeakMap<object, CredentialPlace[]>();
const NO_PLACES: CredentialPlace[] = [];

function credentialPlaces(security: PrismOperation["security"]): CredentialPlace[] {
  if (!security) return NO_PLACES;
  let places = placesOf.get(security);
  if (!places) {
    places = security.flat().flatMap((scheme) => credentialOf(scheme) ?? []);
    placesOf.set(security, places);
  }
  return places;
}

interface CredentialPlace {
  in: "header" | "query";
  name: string;
  blank: (value: string | string[]) => boolean;
}

function credentialOf(scheme: SecurityScheme): CredentialPlace | undefined {
  switch (scheme.type) {
    case "http":
      if (scheme.scheme === "basic") {
        return { in: "header", name: "authorization", blank: allValues(isBlankBasic) };
      }
      if (scheme.scheme === "bearer") {
        return { in: "header", name: "authorization", blank: allValues(isBlankBearer) };
      }
      return undefined;
    case "oauth2":
    case "openIdConnect":
      // Prism checks these as bearer tokens.
      return { in: "header", name: "authorization", blank: allValues(isBlankBearer) };
    case "apiKey":
      if (scheme.in === "header") {
        return { in: "header", name: scheme.name.toLowerCase(), blank: allValues(isBlank) };
      }
      if (scheme.in === "query")
        return { in: "query", name: scheme.name, blank: allValues(isBlank) };
      return undefined;
    default:
      return undefined;
  }
}

/** A repeated query credential is blank only when none of its values holds anything. */
function allValues(blank: (value: string) => boolean) {
  return (value: string | string[]) => (Array.isArray(value) ? value : [value]).every(blank);
}

function isBlank(value: string): boolean {
  return value.trim() === "";
}

/** `Basic` with no credential, one that is not base64 of `user:password`, or a blank part. */
export function isBlankBasic(authorization: string): boolean {
  const credential = credentialAfter("basic", authorization);
  if (credential === undefined) return false;
  if (!isBase64(credential)) return true;
  const decoded = Buffer.from(credential, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return true;
  return isBlank(decoded.slice(0, colon)) || isBlank(decoded.slice(colon + 1));
}

/** `Bearer` with no token after it. */
export function isBlankBearer(authorization: string): boolean {
  const token = credentialAfter("bearer", authorization);
  return token === "";
}

/**
 * What follows the scheme in an `Authorization` value, trimmed; undefined when the value names
 * another scheme (that is Prism's to refuse, as before).
 */
function credentialAfter(scheme: string, authorization: string): string | undefined {
  const [name = "", ...rest] = authorization.trim().split(/\s+/);
  if (name.toLowerCase() !== scheme) return undefined;
  return rest.join(" ");
}

// Standard base64, padded or not; Buffer.from would quietly skip anything else.
function isBase64(text: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.replace(/=+$/, "").length % 4 !== 1;
}
