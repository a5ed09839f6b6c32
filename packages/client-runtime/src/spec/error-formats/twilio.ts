import { isObject } from "../json.js";
import { listedViolations } from "./listed-violations.js";
import type { ErrorReader, ErrorWriter, Violation } from "./types.js";

const FIELDS = ["code", "message", "more_info"] as const;

// Twilio's error codes for the statuses the mock answers on its own; 20001 is "invalid parameter".
const CODES: Readonly<Record<number, number>> = { 404: 20404, 405: 20004, 413: 20001, 429: 20429 };
const INVALID_PARAMETER = 20001;
const GENERIC = 20500;

/** Twilio: `{ code, message, more_info, status }`. */
export const twilioReader: ErrorReader = {
  name: "twilio",
  matches: (body) => isObject(body) && typeof body.code === "number" && "more_info" in body,
  read: ({ code, message }) => ({
    message: `${String(message ?? "")} (Twilio error ${String(code)})`,
    issues: [],
  }),
};

/** Twilio bodies as a spec declares them and as the mock writes them. */
export const twilioWriter: ErrorWriter = {
  describes: (schema) =>
    isObject(schema.properties) && FIELDS.every((key) => key in (schema.properties as object)),
  validationBody: (status, violations) => {
    const { listed, omitted } = listedViolations(violations);
    const parts = listed.map(
      ({ location, message }) => `Invalid parameter ${fieldName(location)}: ${message}`,
    );
    if (omitted > 0) parts.push(`and ${omitted} more invalid parameters not listed`);
    return body(INVALID_PARAMETER, parts.join("; "), status);
  },
  plainBody: (status, reason) => body(CODES[status] ?? GENERIC, reason, status),
};

function body(code: number, message: string, status: number) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** `Routing.status` for `["body", "Routing", "status"]`: Twilio names fields, not locations. */
function fieldName(location: Violation["location"]): string {
  return location.length > 1 ? location.slice(1).join(".") : String(location[0]);
}
