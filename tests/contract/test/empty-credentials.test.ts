/**
 * 3b. Credentials that are there but hold nothing (a blank API key, `Bearer` with no token,
 * HTTP basic with a blank user or password, or not base64 of `user:password`): the vendors
 * answer 401, so the gateway answers exactly as it answers a missing credential.
 */
import {
  allOperations,
  basicCredential,
  canaryCredentials,
  credentialHeaders,
  documentedWireRequest,
  schemeStyle,
  secretFor,
  sendOperation,
  styleHeaders,
  styleName,
  vendorNamed,
  vendorUrl,
  type CredentialStyle,
  type Operation,
  type SecurityScheme,
} from "@switchboard/test-support";
import { describe, expect } from "vitest";

import { caseTests } from "./support/expectations.js";

interface EmptyCredentialCase {
  name: string;
  operation: Operation;
  scheme: SecurityScheme;
  /** The blank or malformed credential, as headers. */
  headers: Record<string, string>;
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** Each blank or malformed form of a credential in this style, by what is wrong with it. */
function emptyForms(
  style: CredentialStyle,
  { secret, username = "canary-user" }: { secret: string; username?: string },
): [string, Record<string, string>][] {
  switch (style.kind) {
    case "apiKey":
      return [
        ["empty", { [style.header]: "" }],
        ["whitespace only", { [style.header]: "   " }],
      ];
    case "bearer":
      return [
        ["no token", { authorization: "Bearer" }],
        ["blank token", { authorization: "Bearer  " }],
      ];
    case "basic":
      return [
        ["no credential", { authorization: "Basic" }],
        ["blank user and password", { authorization: `Basic ${base64(":")}` }],
        ["blank password", { authorization: `Basic ${basicCredential(username, "")}` }],
        ["blank user", { authorization: `Basic ${basicCredential("", secret)}` }],
        ["no colon", { authorization: `Basic ${base64(username)}` }],
        ["not base64", { authorization: "Basic not*base64!" }],
      ];
  }
}

function emptyCredentialCases(): EmptyCredentialCase[] {
  return allOperations().flatMap((operation) => {
    const credentials = canaryCredentials(vendorNamed(operation.vendor));
    return operation.security.flatMap((scheme) => {
      const style = schemeStyle(scheme);
      return emptyForms(style, credentials).map(([what, headers]) => ({
        name: `${operation.label}: ${styleName(style)}, ${what}`,
        operation,
        scheme,
        headers,
      }));
    });
  });
}

/** The operation's valid credentials without this scheme's, plus `headers`. */
function sendWith(operation: Operation, scheme: SecurityScheme, headers: Record<string, string>) {
  const credentials = canaryCredentials(vendorNamed(operation.vendor));
  const own = styleHeaders(schemeStyle(scheme), credentials);
  const others = Object.fromEntries(
    Object.entries(credentialHeaders(operation)).filter(([name]) => !(name in own)),
  );
  return sendOperation(vendorUrl(operation.vendor), operation, {
    ...documentedWireRequest(operation),
    credentials: false,
    headers: { ...others, ...headers },
  });
}

describe("blank or malformed credentials are answered as missing ones", () => {
  caseTests(emptyCredentialCases(), async ({ operation, scheme, headers }) => {
    const missing = await sendWith(operation, scheme, {});
    const empty = await sendWith(operation, scheme, headers);
    expect(missing.status, missing.text).toBe(401);
    expect(empty.status, empty.text).toBe(missing.status);
    expect(empty.json).toStrictEqual(missing.json);
    expect(empty.headers.get("content-type")).toBe(missing.headers.get("content-type"));
    expect(empty.headers.get("www-authenticate")).toBe(missing.headers.get("www-authenticate"));
    expect(empty.text).not.toContain(secretFor(operation));
  });
});
