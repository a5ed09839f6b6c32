export { detectErrorFormat, ERROR_FORMAT_NAMES, ERROR_FORMATS } from "./formats.js";
export { MAX_LISTED_VIOLATIONS } from "./listed-violations.js";
export { readErrorBody } from "./read-error-body.js";
export type {
  ErrorFormat,
  ErrorFormatName,
  ErrorIssue,
  ErrorReader,
  ErrorReading,
  ErrorWriter,
  Violation,
} from "./types.js";
