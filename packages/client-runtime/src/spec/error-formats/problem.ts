import { isObject } from "../json.js";
import { listedViolations } from "./listed-violations.js";
import type { ErrorReader, ErrorWriter } from "./types.js";

/** RFC 9457 problem details, `{ type, title, status, detail }`: the format of any other spec. */
export const problemReader: ErrorReader = {
  name: "problem",
  matches: (body) => isObject(body) && typeof body.title === "string",
  read: ({ title, detail }) => ({
    message: typeof detail === "string" && detail !== "" ? detail : String(title),
    issues: [],
  }),
};

/** Problem details whole: as a spec declares them and as the mock writes them. */
export const problemWriter: ErrorWriter = {
  describes: (schema) => isObject(schema.properties) && "title" in schema.properties,
  validationBody: (status, violations) => {
    const { listed, omitted } = listedViolations(violations);
    const details = listed.map(({ location, message }) => `${location.join(".")}: ${message}`);
    if (omitted > 0) details.push(`and ${omitted} more not listed`);
    return {
      type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
      title: "Invalid request",
      status,
      detail: details.join("; "),
      validation: listed,
      // An extension member (RFC 9457 allows them): how many violations `validation` leaves out.
      ...(omitted > 0 ? { omittedViolations: omitted } : {}),
    };
  },
  plainBody: (status, reason) => ({ type: "about:blank", title: reason, status, detail: reason }),
};
