import type { PrismOperation } from "../vendor.js";
import type { JsonSchema } from "./echo.js";

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
  const success = operation.responses.find((response) => /^2\d\d$/.test(response.code));
  const json = success?.contents?.find((content) => /json/.test(content.mediaType));
  return json?.schema as JsonSchema | undefined;
}

/** The names of the operation's documented examples, over every response. */
export function exampleNames(operation: PrismOperation): string[] {
  return operation.responses.flatMap((response) =>
    (response.contents ?? []).flatMap((content) => (content.examples ?? []).map(({ key }) => key)),
  );
}
