import { isObject } from "../json.js";
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
  validationBody: (status, violations) => ({
    type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
    title: "Invalid request",
    status,
    detail: violations
      .map(({ location, message }) => `${location.join(".")}: ${message}`)
      .join("; "),
    validation: violations,
  }),
  plainBody: (status, reason) => ({ type: "about:blank", title: reason, status, detail: reason }),
};
