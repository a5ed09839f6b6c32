import {
  detectErrorFormat,
  ERROR_FORMAT_NAMES,
  type ErrorFormatName,
} from "./error-formats/index.js";
import { isObject } from "./json.js";
import { isIdentifier } from "./names.js";

/*
 * `x-switchboard`: what a spec cannot say by itself about the vendor, each with a default.
 *
 * On the document:        { key?: <facade key>, errorFormat?: fastapi | twilio | problem }
 * On a security scheme:   { credentialOptions: { <default option>: <vendor's option> } }
 *
 * The default credential options are `apiKey` (apiKey schemes), `token` (bearer) and
 * `username` / `password` (basic); `credentialOptions` renames them, e.g. Twilio's
 * `{ username: accountSid, password: authToken }`.
 */
export const EXTENSION = "x-switchboard";

export interface DocumentExtension {
  readonly key?: string;
  readonly errorFormat?: ErrorFormatName;
}

export type SchemeKind = "apiKey" | "bearer" | "basic";

/** The client options a scheme's credential is given by, before `credentialOptions` renames them. */
export const DEFAULT_CREDENTIAL_OPTIONS: Readonly<Record<SchemeKind, readonly string[]>> = {
  apiKey: ["apiKey"],
  bearer: ["token"],
  basic: ["username", "password"],
};

/** The document's `x-switchboard`, checked: every problem names the field and the rule. */
export function documentExtension(document: unknown, where: string): DocumentExtension {
  const extension = isObject(document) ? document[EXTENSION] : undefined;
  if (extension === undefined) return {};
  const at = `${where}: ${EXTENSION}`;
  if (!isObject(extension)) throw new Error(`${at} must be an object`);
  refuseUnknown(extension, ["key", "errorFormat"], at);
  const { key, errorFormat } = extension;
  if (key !== undefined && (typeof key !== "string" || !isIdentifier(key))) {
    throw new Error(
      `${at}.key must be a JavaScript identifier (the facade's key), got ${JSON.stringify(key)}`,
    );
  }
  if (errorFormat !== undefined && !ERROR_FORMAT_NAMES.includes(errorFormat as ErrorFormatName)) {
    throw new Error(
      `${at}.errorFormat must be one of ${ERROR_FORMAT_NAMES.join(", ")}, got ${JSON.stringify(errorFormat)}`,
    );
  }
  return {
    ...(key === undefined ? {} : { key: key as string }),
    ...(errorFormat === undefined ? {} : { errorFormat: errorFormat as ErrorFormatName }),
  };
}

/**
 * The vendor's error format: its `x-switchboard.errorFormat`, else the one its schemas declare.
 * Codegen's manifest and the mock's own specs both take it from here.
 */
export function vendorErrorFormat(document: unknown, where: string): ErrorFormatName {
  return documentExtension(document, where).errorFormat ?? detectErrorFormat(document);
}

/** A security scheme's credential options: the defaults for its kind, renamed by its `x-switchboard`. */
export function credentialOptions(
  scheme: Readonly<Record<string, unknown>>,
  kind: SchemeKind,
  where: string,
): Readonly<Record<string, string>> {
  const defaults = DEFAULT_CREDENTIAL_OPTIONS[kind];
  const options = Object.fromEntries(defaults.map((name) => [name, name]));
  const extension = scheme[EXTENSION];
  if (extension === undefined) return options;
  const at = `${where}: ${EXTENSION}`;
  if (!isObject(extension)) throw new Error(`${at} must be an object`);
  refuseUnknown(extension, ["credentialOptions"], at);
  const renames = extension.credentialOptions;
  if (!isObject(renames)) throw new Error(`${at}.credentialOptions must be an object`);
  refuseUnknown(renames, defaults, `${at}.credentialOptions (${kind} scheme)`);
  for (const [name, rename] of Object.entries(renames)) {
    if (typeof rename !== "string" || !isIdentifier(rename)) {
      throw new Error(
        `${at}.credentialOptions.${name} must be a JavaScript identifier, got ${JSON.stringify(rename)}`,
      );
    }
    options[name] = rename;
  }
  return options;
}

function refuseUnknown(
  object: Readonly<Record<string, unknown>>,
  known: readonly string[],
  at: string,
): void {
  const unknown = Object.keys(object).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new Error(
      `${at} has unknown field(s) ${unknown.join(", ")}; allowed: ${known.join(", ")}`,
    );
  }
}
