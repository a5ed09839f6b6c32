import type { Vendor } from "../vendor.js";
import { documentedResponse, examplesOf } from "../respond/documented-responses.js";
import { isSessionKey, SESSION_RULE } from "../session.js";
import type { StubDefinition } from "./stub.js";

const MAX_DELAY_MS = 60_000;
const STUB_KEYS = ["vendor", "operation", "pathParams", "body", "session", "times", "answer"];
const ANSWER_KEYS = ["status", "example", "retryAfter", "delayMs", "reset"];

/**
 * A queued answer checked against the vendors served: every problem names the field and the
 * rule, and lists the choices the spec documents where there are some.
 */
export function checkStub(
  input: unknown,
  vendors: readonly Vendor[],
): { stub: StubDefinition } | { problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(input)) return { problems: ["the stub must be a JSON object"] };
  unknownKeys(input, STUB_KEYS, "", problems);

  const vendor = vendors.find(({ name }) => name === input.vendor);
  if (vendor === undefined) {
    const served = vendors.map(({ name }) => name).join(", ");
    problems.push(`vendor: must be the prefix of a vendor the gateway serves (${served})`);
  }
  const route =
    input.operation === undefined
      ? undefined
      : vendor?.routes.find(({ operationId }) => operationId === input.operation);
  if (vendor && input.operation !== undefined && route === undefined) {
    const ids = vendor.routes.map(({ operationId }) => operationId).join(", ");
    problems.push(`operation: must be an operationId of ${vendor.name} (${ids})`);
  }
  if (input.pathParams !== undefined) {
    if (!isRecord(input.pathParams) || !Object.values(input.pathParams).every(isString)) {
      problems.push("pathParams: must be an object of strings");
    } else if (input.operation === undefined) {
      problems.push("pathParams: needs operation (path parameters belong to an operation)");
    } else if (route) {
      for (const name of Object.keys(input.pathParams)) {
        if (!route.paramNames.includes(name)) {
          const names = route.paramNames.join(", ") || "none";
          problems.push(
            `pathParams.${name}: not a path parameter of ${route.operationId} (${names})`,
          );
        }
      }
    }
  }
  if (input.session !== undefined && !isSessionKey(input.session))
    problems.push(`session: ${SESSION_RULE}`);
  if (input.times !== undefined && !(Number.isSafeInteger(input.times) && Number(input.times) >= 1))
    problems.push("times: must be a whole number of at least 1");

  const { answer } = input;
  if (!isRecord(answer) || Object.keys(answer).length === 0) {
    problems.push("answer: must be an object with status, example, retryAfter, delayMs or reset");
  } else {
    unknownKeys(answer, ANSWER_KEYS, "answer.", problems);
    checkAnswer(answer, route?.operation, input.operation !== undefined, problems);
  }
  return problems.length > 0 ? { problems } : { stub: input as unknown as StubDefinition };
}

function checkAnswer(
  answer: Record<string, unknown>,
  operation: Vendor["routes"][number]["operation"] | undefined,
  hasOperation: boolean,
  problems: string[],
): void {
  const { status, example, retryAfter, delayMs, reset } = answer;
  if (reset !== undefined) {
    if (reset !== true) problems.push("answer.reset: must be true");
    else if (status !== undefined || example !== undefined || retryAfter !== undefined)
      problems.push("answer.reset: a dropped connection has no status, example or retryAfter");
  }
  if (status !== undefined) {
    const documented = operation?.responses.map(({ code }) => code) ?? [];
    const isError = Number.isSafeInteger(status) && Number(status) >= 400 && Number(status) <= 599;
    if (!isError && !documented.includes(String(status))) {
      const choices = documented.length > 0 ? ` (documented: ${documented.join(", ")})` : "";
      problems.push(`answer.status: must be a status the operation documents or 400-599${choices}`);
    }
  }
  if (example !== undefined) {
    if (!isString(example)) problems.push("answer.example: must be an example's name");
    else if (!hasOperation)
      problems.push("answer.example: needs operation (examples belong to one)");
    else if (operation) {
      const response =
        status === undefined
          ? operation.responses.find((candidate) => examplesOf(candidate).includes(example))
          : documentedResponse(operation, Number(status));
      const names = response ? examplesOf(response) : [];
      if (!names.includes(example)) {
        const all = status === undefined ? operation.responses.flatMap(examplesOf) : names;
        const where = status === undefined ? "" : ` for status ${String(status)}`;
        problems.push(
          `answer.example: not documented${where} (documented: ${all.join(", ") || "none"})`,
        );
      }
    }
  }
  if (retryAfter !== undefined) {
    const valid =
      (Number.isSafeInteger(retryAfter) && Number(retryAfter) >= 0) ||
      (isString(retryAfter) && retryAfter.trim() !== "");
    if (!valid)
      problems.push("answer.retryAfter: must be whole seconds (0 or more) or an HTTP date");
    else if (status === undefined && example === undefined)
      problems.push("answer.retryAfter: goes with status or example");
  }
  if (
    delayMs !== undefined &&
    !(Number.isSafeInteger(delayMs) && Number(delayMs) >= 0 && Number(delayMs) <= MAX_DELAY_MS)
  )
    problems.push(`answer.delayMs: must be whole milliseconds from 0 to ${MAX_DELAY_MS}`);
}

function unknownKeys(
  object: Record<string, unknown>,
  known: readonly string[],
  at: string,
  problems: string[],
): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) problems.push(`${at}${key}: unknown field; use ${known.join(", ")}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}
