import type { UpdateIssue } from "./update-error.js";

/** What an error body says, once read in its vendor's shape. */
export interface VendorErrorReading {
  readonly message: string;
  readonly issues: readonly UpdateIssue[];
}

/** One vendor error format: how to recognize a body in it, and how to read it. */
interface VendorErrorShape {
  readonly name: string;
  matches(body: unknown): boolean;
  read(body: Record<string, unknown>): VendorErrorReading;
}

/** FastAPI (Syllable, Healthing, watsonx Orchestrate): `{ detail: string | [{ loc, msg, type }] }`. */
const fastApi: VendorErrorShape = {
  name: "fastapi",
  matches: (body) => isObject(body) && "detail" in body,
  read({ detail }) {
    if (typeof detail === "string") return { message: detail, issues: [] };
    if (isObject(detail)) {
      const message = typeof detail.message === "string" ? detail.message : JSON.stringify(detail);
      return { message, issues: [] };
    }
    if (!Array.isArray(detail)) return { message: JSON.stringify(detail) ?? "", issues: [] };
    const issues = detail.filter(isObject).map((item): UpdateIssue => ({
      path: toPointer(Array.isArray(item.loc) ? item.loc : []),
      message: String(item.msg ?? ""),
      ...(typeof item.type === "string" ? { rule: item.type } : {}),
    }));
    return { message: issues.map(describe).join("; ") || "Validation failed", issues };
  },
};

/** Twilio: `{ code, message, more_info, status }`. */
const twilio: VendorErrorShape = {
  name: "twilio",
  matches: (body) => isObject(body) && typeof body.code === "number" && "more_info" in body,
  read: ({ code, message }) => ({
    message: `${String(message ?? "")} (Twilio error ${String(code)})`,
    issues: [],
  }),
};

/** RFC 9457 problem details: `{ type, title, status, detail }`. */
const problem: VendorErrorShape = {
  name: "problem",
  matches: (body) => isObject(body) && typeof body.title === "string",
  read: ({ title, detail }) => ({
    message: typeof detail === "string" && detail !== "" ? detail : String(title),
    issues: [],
  }),
};

// Most specific first: a problem document has a `detail` too, but FastAPI's never has a `title`.
const SHAPES = [twilio, problem, fastApi];

/** Reads an error body in whichever vendor shape it has; anything else is summarized as text. */
export function readVendorError(body: unknown): VendorErrorReading {
  const shape = SHAPES.find((candidate) => candidate.matches(body));
  if (shape !== undefined) return shape.read(body as Record<string, unknown>);
  if (typeof body === "string" && body.trim() !== "") {
    return { message: body.trim().slice(0, 200), issues: [] };
  }
  return { message: "No error details in the response", issues: [] };
}

/** FastAPI's `loc` (`["body", "Routing", "status"]`) as a JSON Pointer. */
function toPointer(location: unknown[]): string {
  return location
    .map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`)
    .join("");
}

function describe({ path, message }: UpdateIssue): string {
  return `${path || "/"} ${message}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
