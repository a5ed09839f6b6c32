/** The documented responses of an operation that the suites ask for by role. */
import type { Operation, ResponseDoc } from "./operations.js";

/** The operation's documented success response (the lowest 2xx). */
export function successResponse(operation: Operation): ResponseDoc {
  const success = operation.responses
    .filter((response) => /^2\d\d$/.test(response.status))
    .sort((a, b) => a.status.localeCompare(b.status))[0];
  if (!success) throw new Error(`${operation.label}: no documented 2xx response`);
  return success;
}

export function documentedResponse(operation: Operation, status: number): ResponseDoc | undefined {
  return operation.responses.find((response) => response.status === String(status));
}

/** The documented answer to a rejected request: its one documented 400 or 422. */
export function validationResponse(operation: Operation): ResponseDoc {
  const candidates = operation.responses.filter((response) =>
    ["400", "422"].includes(response.status),
  );
  if (candidates.length !== 1) {
    throw new Error(
      `${operation.label}: expected exactly one documented validation error (400 or 422), found ${candidates.length}`,
    );
  }
  return candidates[0]!;
}
