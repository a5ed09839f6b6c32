import { isObject } from "../json.js";
import { fastApiReader, fastApiWriter } from "./fastapi.js";
import { problemReader, problemWriter } from "./problem.js";
import { twilioReader, twilioWriter } from "./twilio.js";
import type { ErrorFormat, ErrorFormatName } from "./types.js";

/** Every error format, by name. */
export const ERROR_FORMATS: Readonly<Record<ErrorFormatName, ErrorFormat>> = {
  fastapi: { ...fastApiReader, ...fastApiWriter },
  twilio: { ...twilioReader, ...twilioWriter },
  problem: { ...problemReader, ...problemWriter },
};

export const ERROR_FORMAT_NAMES = Object.keys(ERROR_FORMATS) as ErrorFormatName[];

/**
 * The error format a spec declares, read off its component schemas: a FastAPI
 * `HTTPValidationError` (a `detail` array) or Twilio's `{ code, message, more_info }`; any
 * other spec gets problem details.
 */
export function detectErrorFormat(document: unknown): ErrorFormatName {
  const components = isObject(document) && isObject(document.components) ? document.components : {};
  const schemas = Object.values(isObject(components.schemas) ? components.schemas : {}).filter(
    isObject,
  );
  for (const name of ["fastapi", "twilio"] as const) {
    if (schemas.some((schema) => ERROR_FORMATS[name].describes(schema))) return name;
  }
  return "problem";
}
