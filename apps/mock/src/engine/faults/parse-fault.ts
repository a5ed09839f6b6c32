/** A fault to inject into one request, from its `x-mock-fault` header. */
export interface Fault {
  /** Answer with this error status: the operation's documented response for it, if any. */
  status?: number;
  /** `Retry-After` to send with `status`, in seconds (or an HTTP date, sent as given). */
  retryAfter?: string;
  /** Wait this long before answering (or before dropping the connection). */
  delayMs?: number;
  /** Drop the connection without answering. */
  reset?: boolean;
}

export const FAULT_HEADER = "x-mock-fault";

const MAX_DELAY_MS = 60_000;

/**
 * Parses `status=503;retry-after=2`, `delay=1500`, `reset` and combinations of them.
 * Throws an Error naming the part and the rule when the header is malformed.
 */
export function parseFault(header: string): Fault {
  const fault: Fault = {};
  for (const part of header
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [name = "", value, ...extra] = part.split("=").map((item) => item.trim());
    if (extra.length > 0) throw new Error(`${FAULT_HEADER}: "${part}" has more than one "="`);
    switch (name.toLowerCase()) {
      case "reset":
        if (value !== undefined) throw new Error(`${FAULT_HEADER}: "reset" takes no value`);
        fault.reset = true;
        break;
      case "status":
        // A fault is an error; 1xx would leave the caller waiting for a final answer.
        if (!/^[45]\d\d$/.test(value ?? "")) {
          throw new Error(
            `${FAULT_HEADER}: status must be an error status (400-599), got "${value ?? ""}"`,
          );
        }
        fault.status = Number(value);
        break;
      case "retry-after":
        if (!value)
          throw new Error(`${FAULT_HEADER}: retry-after needs a value (seconds or an HTTP date)`);
        fault.retryAfter = value;
        break;
      case "delay":
        if (!/^\d+$/.test(value ?? "") || Number(value) > MAX_DELAY_MS) {
          throw new Error(
            `${FAULT_HEADER}: delay must be whole milliseconds from 0 to ${MAX_DELAY_MS}, got "${value ?? ""}"`,
          );
        }
        fault.delayMs = Number(value);
        break;
      default:
        throw new Error(
          `${FAULT_HEADER}: unknown fault "${name}" (use status=, retry-after=, delay= or reset)`,
        );
    }
  }
  if (fault.retryAfter !== undefined && fault.status === undefined) {
    throw new Error(`${FAULT_HEADER}: retry-after goes with status=`);
  }
  return fault;
}
