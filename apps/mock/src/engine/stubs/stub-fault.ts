import type { Fault } from "../faults/parse-fault.js";
import type { PrismOperation } from "../vendor.js";
import { examplesOf } from "../respond/documented-responses.js";
import type { StubAnswer } from "./stub.js";

/**
 * A queued answer as the request's fault and `Prefer` would ask for it, so it is answered by the
 * same code as a fault header: a status as `x-mock-fault: status=`, an example as `Prefer`.
 */
export function stubFault(
  answer: StubAnswer,
  operation: PrismOperation | undefined,
): { fault: Fault; prefer?: string } {
  const fault: Fault = {};
  if (answer.delayMs !== undefined) fault.delayMs = answer.delayMs;
  if (answer.reset) return { fault: { ...fault, reset: true } };
  if (answer.retryAfter !== undefined) fault.retryAfter = String(answer.retryAfter);
  const { example } = answer;
  if (example === undefined) {
    if (answer.status !== undefined) fault.status = answer.status;
    return { fault };
  }
  const documenting = operation?.responses.find((response) =>
    examplesOf(response).includes(example),
  );
  const code = answer.status ?? Number(documenting?.code);
  const prefer = Number.isInteger(code) ? `code=${code}, example=${example}` : `example=${example}`;
  return { fault, prefer };
}
