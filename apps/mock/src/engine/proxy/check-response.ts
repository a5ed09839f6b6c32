import type { Violation } from "@switchboard/client-runtime/spec";
import type { SpecViolation } from "../journal/journal.js";
import type { PrismOperation } from "../vendor.js";
import { dedupe, prismViolations } from "../check/prism-violations.js";
import { documentedResponse, responseCodes } from "../respond/documented-responses.js";
import { matchesMediaType, outputDiagnostics } from "./prism-validators.js";
import { specViolation } from "./spec-violation.js";

/** An upstream's answer, as received. */
export interface CheckedResponse {
  status: number;
  /** By lower-case name. */
  headers: Record<string, string>;
  body: Buffer;
}

// Response headers are named as sent: there are no request parameter names to restore.
const NO_PARAMETER_NAMES = new Map<string, ReadonlyMap<string, string>>();

/**
 * How an upstream's answer breaks the operation's spec: a status the operation does not
 * document (nothing else can be checked then), a media type it does not document, a JSON body
 * that does not parse, and what Prism's response validation finds in the body and headers.
 */
export function responseViolations(
  operation: PrismOperation,
  response: CheckedResponse,
): SpecViolation[] {
  const { status, headers } = response;
  const documented = documentedResponse(operation, status);
  if (!documented) {
    const codes = responseCodes(operation).join(", ");
    const message = `Status ${status} is not documented (documented: ${codes})`;
    return [{ in: "response", pointer: "/status", rule: "status", message }];
  }
  const found: Violation[] = [];
  const contentType = headers["content-type"];
  const contents = documented.contents ?? [];
  const hasBody = response.body.length > 0;
  if (contents.length > 0 && (hasBody || contentType !== undefined)) {
    if (!matchesMediaType(contents, contentType ?? "")) {
      const listed = contents.map(({ mediaType }) => mediaType).join(", ");
      found.push({
        location: ["header", "content-type"],
        rule: "media_type",
        message: `Content-Type "${contentType ?? "(none)"}" is not documented for status ${status} (documented: ${listed})`,
      });
    }
  }
  const read = readBody(contentType, response.body);
  if ("malformed" in read) {
    found.push({ location: ["body"], rule: "malformed", message: "The body is not valid JSON" });
  }
  const diagnostics = outputDiagnostics(operation, { statusCode: status, headers, body: read.body })
    // The status and media type were checked above, where they are located.
    .filter(({ path }) => path !== undefined)
    // A body that does not parse is reported once, not again as findings on its text.
    .filter(({ path }) => !("malformed" in read && path?.[0] === "body"));
  found.push(...prismViolations(diagnostics, NO_PARAMETER_NAMES));
  return dedupe(found).map((violation) => specViolation("response", violation));
}

/** The body as Prism's proxy reads it: JSON parsed by its media type, anything else as text. */
function readBody(
  contentType: string | undefined,
  raw: Buffer,
): { body: unknown } | { body: undefined; malformed: true } {
  if (raw.length === 0) return { body: undefined };
  const text = raw.toString("utf8");
  if (!isJsonMediaType(contentType)) return { body: text };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    // Not the parser's message: it quotes the text, which may hold a credential.
    return { body: undefined, malformed: true };
  }
}

/** `application/json` and `application/<anything>+json`, as Prism reads answers. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return /^application\/(?:[\w.-]+\+)?json$/.test(mediaType);
}
