/** 6. Fault injection: every documented error status of an operation, and a 503. */
import { allOperations, type Operation } from "@switchboard/test-support";

export interface FaultCase {
  name: string;
  operation: Operation;
  status: number;
  retryAfter: string | undefined;
  /** The documented response for the status, when there is one. */
  documented: boolean;
}

export function faultCases(): FaultCase[] {
  return allOperations().flatMap((operation) => {
    const documented = operation.responses
      .map((response) => Number(response.status))
      .filter((status) => status >= 400);
    const statuses = [...new Set([...documented, 503])];
    return statuses.map((status) => {
      const retryAfter = status === 429 || status === 503 ? "2" : undefined;
      const header = `status=${status}${retryAfter ? `;retry-after=${retryAfter}` : ""}`;
      return {
        name: `${operation.label}: x-mock-fault ${header}`,
        operation,
        status,
        retryAfter,
        documented: documented.includes(status),
      };
    });
  });
}

/** The delay and reset faults, one test each per operation (listed for the case list). */
export function delayAndResetCaseNames(): string[] {
  return allOperations().flatMap((operation) => [
    `${operation.label}: x-mock-fault delay`,
    `${operation.label}: x-mock-fault reset`,
  ]);
}
