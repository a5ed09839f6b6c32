import { fastApiReader } from "./fastapi.js";
import { problemReader } from "./problem.js";
import { twilioReader } from "./twilio.js";
import type { ErrorReading } from "./types.js";

// Most specific first: a problem document has a `detail` too, but FastAPI's never has a `title`.
const BY_SPECIFICITY = [twilioReader, problemReader, fastApiReader];

/** Reads an error body in whichever format it has; anything else is summarized as text. */
export function readErrorBody(body: unknown): ErrorReading {
  const reader = BY_SPECIFICITY.find((candidate) => candidate.matches(body));
  if (reader !== undefined) return reader.read(body as Record<string, unknown>);
  if (typeof body === "string" && body.trim() !== "") {
    return { message: body.trim().slice(0, 200), issues: [] };
  }
  return { message: "No error details in the response", issues: [] };
}
