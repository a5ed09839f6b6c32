/**
 * 7. Hostile input: malformed JSON (whole bodies and JSON-encoded form fields), malformed
 * percent-encoding, oversized bodies and headers, unknown paths and methods.
 */
import { allOperations, type Operation, type RequestMedia } from "@switchboard/test-support";

export interface HostileCase {
  name: string;
  operation: Operation;
  kind:
    | "malformed-json"
    | "malformed-json-field"
    | "oversized-declared"
    | "oversized-chunked"
    | "huge-header"
    | "unknown-path"
    | "unknown-method"
    | "malformed-percent-encoding";
  /** The form field (malformed JSON) or path parameter (malformed percent-encoding) at fault. */
  field?: string;
  media?: RequestMedia;
  method?: string;
}

const ANY_METHODS = ["GET", "PUT", "POST", "PATCH", "DELETE"];

type Unnamed = Omit<HostileCase, "operation">;

function bodyCases(operation: Operation): Unnamed[] {
  return (operation.requestBody?.media ?? []).flatMap((media) => [
    ...(/json/i.test(media.mediaType)
      ? [{ name: `malformed ${media.mediaType} body`, kind: "malformed-json" as const, media }]
      : []),
    ...Object.entries(media.encoding)
      .filter(([, contentType]) => /json/i.test(contentType))
      .map(([field]) => ({
        name: `malformed JSON in form field ${field}`,
        kind: "malformed-json-field" as const,
        field,
        media,
      })),
  ]);
}

export function hostileCases(): HostileCase[] {
  return allOperations().flatMap((operation) => {
    const defined = new Set(
      allOperations()
        .filter((other) => other.vendor === operation.vendor && other.path === operation.path)
        .map((other) => other.method),
    );
    const method = ANY_METHODS.find((candidate) => !defined.has(candidate));
    const cases: Unnamed[] = [
      ...bodyCases(operation),
      ...operation.parameters
        .filter((item) => item.in === "path")
        .map((parameter) => ({
          name: `malformed percent-encoding in path parameter ${parameter.name}`,
          kind: "malformed-percent-encoding" as const,
          field: parameter.name,
        })),
      { name: "a body over the 1 MiB limit (declared length)", kind: "oversized-declared" },
      { name: "a body over the 1 MiB limit (chunked)", kind: "oversized-chunked" },
      { name: "a 64 KiB header", kind: "huge-header" },
      { name: "an unknown path under the vendor", kind: "unknown-path" },
      ...(method
        ? [{ name: `${method} on the operation's path`, kind: "unknown-method" as const, method }]
        : []),
    ];
    return cases.map((item) => ({
      ...item,
      operation,
      name: `${operation.label}: ${item.name}`,
    }));
  });
}
