import { escapePointerToken } from "./spec/json-pointer.js";

/** One failure as an Ajv standalone validator reports it (the fields Switchboard reads). */
export interface ValidatorError {
  readonly instancePath: string;
  /** Set when the failing rule is about a property's name (`propertyNames`). */
  readonly propertyName?: string;
  readonly schemaPath?: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A validator compiled by `tools/codegen` from an operation's request schema. */
export interface RequestValidator {
  (request: unknown): boolean;
  errors?: readonly ValidatorError[] | null;
}

/** The generated `requestValidators` of a vendor package: one per operationId. */
export type RequestValidators<OperationId extends string> = Readonly<
  Record<OperationId, RequestValidator>
>;

/**
 * The generated `responseValidators` of a vendor package (its `./response-validators` subpath):
 * per operationId, a validator of the response body for each documented 2xx status whose body
 * is JSON, keyed by the status as the spec writes it (`"200"`, `"201"`, `"2XX"`). A status
 * without a JSON body has none.
 */
export type ResponseValidators<OperationId extends string = string> = Readonly<
  Record<OperationId, Readonly<Partial<Record<string, RequestValidator>>>>
>;

/** One broken rule in a request: where (a JSON Pointer into `{ path, query, body }`), which rule, why. */
export interface RequestIssue {
  /** e.g. `/body/Routing/status`, `/path/InteractionSid`. */
  readonly path: string;
  /** The JSON Schema keyword that failed: `required`, `enum`, `pattern`, `format`, ... */
  readonly rule: string;
  readonly message: string;
}

// Summaries of failures already reported one by one beneath them.
const SUMMARY_KEYWORDS = new Set(["if", "anyOf", "oneOf", "allOf", "propertyNames"]);

/**
 * Runs a request validator; every problem comes back with the path of the field at fault
 * (a missing or unknown property is named in the path) and its rule. Messages describe the
 * rule, never the value, so a secret in the request cannot leak through them.
 */
export function validateRequest(validator: RequestValidator, request: unknown): RequestIssue[] {
  if (validator(request)) return [];
  const errors = validator.errors ?? [];
  if (errors.length === 0)
    return [{ path: "/", rule: "schema", message: "does not match the schema" }];
  const detailed = errors.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  const relevant = (detailed.length > 0 ? detailed : errors).filter(
    (error) => !isRejectedAlternative(error, errors),
  );
  const issues = new Map<string, RequestIssue>();
  // A rule that fails in two branches (say, the base schema and a `then`) is one problem.
  for (const issue of relevant.map(toIssue)) {
    issues.set(`${issue.path} ${issue.rule} ${issue.message}`, issue);
  }
  return [...issues.values()];
}

/**
 * An `anyOf`/`oneOf` branch that failed at a value when another branch got further into it:
 * for `{ anyOf: [BusinessHours, null] }` the problem is inside the object, not "must be null".
 */
function isRejectedAlternative(error: ValidatorError, all: readonly ValidatorError[]): boolean {
  if (!/\/(?:anyOf|oneOf)\/\d+\//.test(error.schemaPath ?? "")) return false;
  return all.some((other) => other.instancePath.startsWith(`${error.instancePath}/`));
}

function toIssue(error: ValidatorError): RequestIssue {
  const { instancePath, keyword, params } = error;
  // A rule about a property's name is about that property (Ajv puts its name on the error).
  const named =
    params.missingProperty ??
    params.additionalProperty ??
    params.propertyName ??
    error.propertyName;
  const path =
    typeof named === "string" ? `${instancePath}/${escapePointerToken(named)}` : instancePath;
  return { path: path || "/", rule: keyword, message: messageFor(error) };
}

function messageFor({ keyword, params, message }: ValidatorError): string {
  switch (keyword) {
    case "required":
      return "is required";
    case "additionalProperties":
      return "is not a known property";
    case "enum":
      return `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return message ?? `fails ${keyword}`;
  }
}
