import type { PrismOperation } from "../vendor.js";
import type { JsonSchema } from "./echo.js";

type PrismResponse = PrismOperation["responses"][number];

/** What Prism answers an invalid request with: the documented 422, else 400. */
export function invalidRequestStatus(operation: PrismOperation): number {
  return operation.responses.some((response) => response.code === "422") ? 422 : 400;
}

/** Whether the operation documents a response for this status. */
export function documentsStatus(operation: PrismOperation, status: number): boolean {
  return operation.responses.some(({ code }) => code === String(status));
}

/** The schema of the operation's first documented success response in JSON. */
export function successSchema(operation: PrismOperation): JsonSchema | undefined {
  if (successSchemas.has(operation)) return successSchemas.get(operation);
  const success = operation.responses.find((response) => /^2\d\d$/.test(response.code));
  const json = success?.contents?.find((content) => /json/.test(content.mediaType));
  const schema = json?.schema as JsonSchema | undefined;
  successSchemas.set(operation, schema);
  return schema;
}

// Looked up on every echoed answer; an operation's responses do not change once read.
const successSchemas = new WeakMap<PrismOperation, JsonSchema | undefined>();

/** The status codes the operation documents, as the spec writes them (`200`, `4XX`, `default`). */
export function responseCodes(operation: PrismOperation): string[] {
  return operation.responses.map(({ code }) => code);
}

/**
 * The response Prism answers with for `Prefer: code=` (its status, its `NXX` range, else
 * `default`), or without a code (the lowest 2xx, else `default`, else the first).
 */
export function documentedResponse(
  operation: PrismOperation,
  code: number | undefined,
): PrismResponse | undefined {
  const { responses } = operation;
  const byDefault = responses.find((response) => response.code === "default");
  if (code !== undefined) {
    const status = String(code);
    return (
      responses.find((response) => response.code.toLowerCase() === status) ??
      responses.find((response) => response.code.toUpperCase() === `${status[0]}XX`) ??
      byDefault
    );
  }
  const successes = responses.filter((response) => /^2(\d\d|xx)$/i.test(response.code));
  const lowest = successes.sort((a, b) => a.code.localeCompare(b.code))[0];
  return lowest ?? byDefault ?? responses[0];
}

/** The names of one response's documented examples, over its media types. */
export function examplesOf(response: PrismResponse): string[] {
  return (response.contents ?? []).flatMap((content) =>
    (content.examples ?? []).map(({ key }) => key),
  );
}
