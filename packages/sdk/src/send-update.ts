import type { Middleware } from "openapi-fetch";
import {
  pathParamNames,
  pathParamProblem,
  redactHeaders,
  validateRequest,
  type OperationMetadata,
  type RequestIssue,
  type RequestValidator,
} from "@switchboard/client-runtime";
import { readErrorBody } from "@switchboard/client-runtime/spec";
import type { SwitchboardHooks } from "./hooks.js";
import { requestIdOf } from "./request-id.js";
import { parseRetryAfter, retryDelayMs, sleep, type RetryPolicy } from "./retry.js";
import type { SecretSet } from "./secrets.js";
import { kindForStatus, UpdateError, type UpdateErrorDetails } from "./update-error.js";
import type { UpdateFailure, UpdateResult } from "./update-result.js";

/** The one call the facade needs from a generated client (openapi-fetch's `request`). */
export interface RequestingClient {
  request(
    method: string,
    url: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** One configured vendor, ready to send. */
export interface VendorConnection {
  readonly vendor: string;
  readonly client: RequestingClient;
  readonly operations: Readonly<Record<string, OperationMetadata>>;
  readonly validators: Readonly<Record<string, RequestValidator>>;
  /** The vendor's configured credentials. */
  readonly secrets: SecretSet;
}

/** How one update is sent: the facade's settings, with the caller's per-call overrides applied. */
export interface SendSettings {
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly hooks: SwitchboardHooks;
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
}

interface RequestParts {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** One operation of a configured vendor, found and ready to send. */
export interface OperationTarget {
  readonly connection: VendorConnection;
  readonly operationId: string;
  readonly operation: OperationMetadata;
  readonly validator: RequestValidator;
}

/** Finds an operation of a configured vendor; a TypeError naming the known ones if none. */
export function findOperation(connection: VendorConnection, operationId: string): OperationTarget {
  const operation = Object.hasOwn(connection.operations, operationId)
    ? connection.operations[operationId]
    : undefined;
  const validator = connection.validators[operationId];
  if (operation === undefined || validator === undefined) {
    const known = Object.keys(connection.operations).join(", ");
    throw new TypeError(
      `Switchboard: ${connection.vendor} has no operation "${operationId}"; it has ${known}`,
    );
  }
  return { connection, operationId, operation, validator };
}

type FailureDetails = Omit<UpdateErrorDetails, "vendor" | "operation">;

/** What every attempt of one update shares. */
interface UpdateContext {
  readonly target: OperationTarget;
  readonly parts: RequestParts;
  readonly settings: SendSettings;
  /** The vendor's credentials plus this request's, growing as requests reveal headers. */
  readonly secrets: SecretSet;
  /** A failure result, its message and raw body scrubbed of every known secret. */
  readonly failure: (details: FailureDetails) => UpdateFailure;
}

/**
 * Validates a request against its spec, then sends it, retrying what may succeed on a second
 * try. Resolves to a result for every HTTP, network, timeout and abort outcome.
 */
export async function sendUpdate(
  target: OperationTarget,
  input: unknown,
  settings: SendSettings,
): Promise<UpdateResult<unknown>> {
  const { connection, operationId } = target;
  const parts = (typeof input === "object" && input !== null ? input : {}) as RequestParts;
  const secrets = connection.secrets.withBody(parts.body);
  const failure = (details: FailureDetails): UpdateFailure => ({
    ok: false,
    error: new UpdateError({
      ...details,
      vendor: connection.vendor,
      operation: operationId,
      message: secrets.scrubText(`${connection.vendor}.${operationId}: ${details.message}`),
      raw: secrets.scrub(details.raw),
    }),
  });

  const issues = requestIssues(target, input);
  if (issues.length > 0) {
    const summary = issues.map((issue) => `${issue.path} ${issue.message} (${issue.rule})`);
    return failure({
      kind: "invalid_input",
      message: `invalid input: ${summary.join("; ")}`,
      issues,
    });
  }

  const context: UpdateContext = { target, parts, settings, secrets, failure };
  const { retry, signal } = settings;
  for (let attempt = 1; ; attempt += 1) {
    if (signal?.aborted) {
      return failure({ kind: "aborted", message: "aborted by the caller", attempts: attempt - 1 });
    }
    const result = await sendOnce(context, attempt);
    if (result.ok || !result.error.retryable || attempt >= retry.attempts) return result;
    await sleep(retryDelayMs(retry, attempt, result.error.retryAfterMs), signal);
  }
}

/** Spec violations, then path segments no URL can carry (`..`, empty, lone surrogates). */
function requestIssues({ validator, operation }: OperationTarget, input: unknown): RequestIssue[] {
  const issues = validateRequest(validator, input);
  if (issues.length > 0) return issues;
  const path = (input as RequestParts).path ?? {};
  return pathParamNames(operation.path).flatMap((name) => {
    const problem = pathParamProblem(path[name]);
    return problem === undefined
      ? []
      : [{ path: `/path/${name}`, rule: "pathSegment", message: problem }];
  });
}

async function sendOnce(
  { target, parts, settings, secrets, failure }: UpdateContext,
  attempt: number,
): Promise<UpdateResult<unknown>> {
  const { connection, operation, operationId } = target;
  const { hooks, timeoutMs, signal: callerSignal } = settings;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
  const event = { vendor: connection.vendor, operation: operationId, attempt };
  let sent = { method: operation.method.toUpperCase(), url: "" };
  let hookFailure: { error: unknown } | undefined;
  const observer: Middleware = {
    onRequest({ request }) {
      sent = { method: request.method, url: request.url };
      secrets.addHeaders(request.headers);
      try {
        hooks.onRequest?.({
          ...event,
          ...sent,
          headers: Object.fromEntries(
            Object.entries(redactHeaders(Object.fromEntries(request.headers))).map(
              ([name, value]) => [name, secrets.scrubText(value)],
            ),
          ),
          body: secrets.scrub(parts.body),
        });
      } catch (error) {
        hookFailure = { error };
        throw error;
      }
      return undefined;
    },
  };
  const started = performance.now();
  const { result, status } = await attemptRequest();
  hooks.onResponse?.({
    ...event,
    ...sent,
    status,
    requestId: result.ok ? result.requestId : result.error.requestId,
    durationMs: performance.now() - started,
    outcome: result.ok ? "ok" : result.error.kind,
  });
  return result;

  async function attemptRequest(): Promise<{
    result: UpdateResult<unknown>;
    status: number | null;
  }> {
    try {
      const { data, error, response } = await connection.client.request(
        operation.method,
        operation.path,
        {
          params: { path: parts.path, query: parts.query },
          body: parts.body,
          signal,
          headers: settings.headers,
          middleware: [observer],
        },
      );
      const { status } = response;
      const requestId = requestIdOf(response.headers);
      if (response.ok) {
        return { result: { ok: true, data, status, requestId, attempts: attempt }, status };
      }
      const reading = readErrorBody(error);
      const result = failure({
        kind: kindForStatus(status),
        status,
        message: `${status} ${reading.message}`,
        issues: reading.issues,
        requestId,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
        attempts: attempt,
        raw: error,
      });
      return { result, status };
    } catch (thrown) {
      if (hookFailure) throw hookFailure.error;
      const attempts = attempt;
      if (callerSignal?.aborted) {
        return {
          result: failure({ kind: "aborted", message: "aborted by the caller", attempts }),
          status: null,
        };
      }
      if (timeout.signal.aborted) {
        const message = `no answer within ${timeoutMs} ms`;
        return { result: failure({ kind: "timeout", message, attempts }), status: null };
      }
      const message = networkMessage(thrown);
      return {
        result: failure({ kind: "network", message, attempts, cause: thrown }),
        status: null,
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** `fetch failed: connect ECONNREFUSED 127.0.0.1:4010`: the fetch error and its cause, if any. */
function networkMessage(thrown: unknown): string {
  const error = thrown as { message?: unknown; cause?: { message?: unknown; code?: unknown } };
  const cause = error.cause?.message ?? error.cause?.code;
  const message = String(error.message ?? thrown);
  return cause === undefined ? message : `${message}: ${String(cause)}`;
}
