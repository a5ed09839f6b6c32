import {
  GATEWAY_SOURCE,
  MOCK_SOURCE_HEADER,
  pathParamNames,
  pathParamProblem,
  redactHeaders,
  validateRequest,
  type OperationMetadata,
  type RequestFetch,
  type RequestIssue,
  type RequestValidator,
} from "@switchboard/client-runtime";
import { readErrorBody } from "@switchboard/client-runtime/spec";
import type { SwitchboardHooks } from "./hooks.js";
import { AttemptDeadline } from "./attempt-deadline.js";
import { attemptFetch } from "./attempt-fetch.js";
import { snapshotInput } from "./input-snapshot.js";
import { requestIdOf } from "./request-id.js";
import { responseIssues, type ResponseValidatorsLoader } from "./response-check.js";
import { parseRetryAfter, retryDelayMs, sleep, type RetryPolicy } from "./retry.js";
import { scrubFailureDetails } from "./scrub-failure.js";
import type { SecretSet } from "./secrets.js";
import { readSuccessBody } from "./success-body.js";
import {
  kindForStatus,
  UpdateError,
  type UpdateErrorDetails,
  type UpdateIssue,
} from "./update-error.js";
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
  /** What its client sends with: the vendor's `fetch` option, or the global one. */
  readonly fetch: RequestFetch;
  readonly operations: Readonly<Record<string, OperationMetadata>>;
  readonly validators: Readonly<Record<string, RequestValidator>>;
  /** The vendor's configured credentials. */
  readonly secrets: SecretSet;
  /** Its response validators, loaded on first use; absent when its registry entry has none. */
  readonly responseValidators?: ResponseValidatorsLoader;
}

/** How one update is sent: the facade's settings, with the caller's per-call overrides applied. */
export interface SendSettings {
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly hooks: SwitchboardHooks;
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
  /** Check each 2xx body against its response schema (needs `responseValidators`). */
  readonly validateResponses?: boolean;
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
  /** The names of its path template's parameters, read once. */
  readonly pathNames: readonly string[];
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
  return {
    connection,
    operationId,
    operation,
    validator,
    pathNames: pathParamNames(operation.path),
  };
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
 * try. Resolves to a result for every input and every HTTP, network, timeout, abort, redirect
 * and hook outcome; it reads the caller's input once, into a plain snapshot.
 */
export async function sendUpdate(
  target: OperationTarget,
  input: unknown,
  settings: SendSettings,
): Promise<UpdateResult<unknown>> {
  const { connection, operationId } = target;
  const snapshot = snapshotInput(input);
  const value = "value" in snapshot ? snapshot.value : undefined;
  const parts = (typeof value === "object" && value !== null ? value : {}) as RequestParts;
  // The snapshot is the facade's own: its secrets can wait until something is scrubbed.
  const secrets = connection.secrets.withOwnedBody(parts.body);
  const failure = (details: FailureDetails): UpdateFailure => ({
    ok: false,
    error: new UpdateError(
      scrubFailureDetails(
        {
          ...details,
          vendor: connection.vendor,
          operation: operationId,
          message: `${connection.vendor}.${operationId}: ${details.message}`,
        },
        secrets,
      ),
    ),
  });

  const issues = "issue" in snapshot ? [snapshot.issue] : requestIssues(target, value);
  if (issues.length > 0) {
    return failure({ kind: "invalid_input", message: `invalid input: ${summary(issues)}`, issues });
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

function summary(issues: readonly UpdateIssue[]): string {
  return issues.map((issue) => `${issue.path} ${issue.message} (${issue.rule})`).join("; ");
}

/** Spec violations, then path segments no URL can carry (`..`, empty, lone surrogates). */
function requestIssues({ validator, pathNames }: OperationTarget, input: unknown): RequestIssue[] {
  const issues = validateRequest(validator, input);
  if (issues.length > 0) return issues;
  const path = (input as RequestParts).path ?? {};
  return pathNames.flatMap((name) => {
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
  const deadline = new AttemptDeadline(timeoutMs, callerSignal);
  const event = { vendor: connection.vendor, operation: operationId, attempt };
  // The request as sent; its method and URL are read only for a hook, and scrubbed there.
  let sentRequest: Request | undefined;
  const sent = () => ({
    method: sentRequest?.method ?? operation.method.toUpperCase(),
    url: secrets.scrubText(sentRequest?.url ?? ""),
  });
  let hookFailure: { error: unknown } | undefined;
  // The request as sent, seen once per attempt (not again for a redirect's hop): its
  // credentials join the secrets, and the onRequest hook is shown it scrubbed.
  const observe = (request: Request): void => {
    secrets.addHeaders(request.headers);
    sentRequest = request;
    try {
      hooks.onRequest?.({
        ...event,
        ...sent(),
        headers: Object.fromEntries(
          Object.entries(redactHeaders(Object.fromEntries(request.headers))).map(
            ([name, value]) => [name, secrets.scrubText(value)],
          ),
        ),
        body: secrets.scrub(parts.body),
      });
    } catch (error) {
      // Thrown on, so nothing is sent.
      hookFailure = { error };
      throw error;
    }
  };
  const started = performance.now();
  const { result, status } = await attemptRequest();
  // No request went out when onRequest threw, so there is no response to report.
  if (hookFailure === undefined) {
    try {
      hooks.onResponse?.({
        ...event,
        ...sent(),
        status,
        requestId: result.ok ? result.requestId : result.error.requestId,
        durationMs: performance.now() - started,
        outcome: result.ok ? "ok" : result.error.kind,
      });
    } catch {
      // The outcome stands: the request was sent and answered whatever an observer does.
    }
  }
  return result;

  async function attemptRequest(): Promise<{
    result: UpdateResult<unknown>;
    status: number | null;
  }> {
    try {
      const sending = connection.client.request(operation.method, operation.path, {
        params: { path: parts.path, query: parts.query },
        body: parts.body,
        headers: settings.headers,
        fetch: attemptFetch(connection.fetch, deadline, observe),
        // Success bodies are read here, so a broken one is a failure of its own, never retried.
        parseAs: "text",
      });
      // The deadline ends the attempt even where the fetch does not stop when told to.
      const { data, error, response } = await Promise.race([sending, deadline.reached]);
      const { status, headers } = response;
      const id = requestIdOf(headers);
      const answer = {
        status,
        requestId: id === null ? null : secrets.scrubText(id),
        source: headers.get(MOCK_SOURCE_HEADER) === GATEWAY_SOURCE ? "mock-gateway" : "vendor",
        attempts: attempt,
      } as const;
      if (response.ok) {
        return { result: await success(answer, headers.get("content-type"), data), status };
      }
      const reading = readErrorBody(error);
      const result = failure({
        ...answer,
        kind: kindForStatus(status),
        message: `${status} ${reading.message}`,
        issues: reading.issues,
        retryAfterMs: parseRetryAfter(headers.get("retry-after")),
        raw: error,
      });
      return { result, status };
    } catch (thrown) {
      const attempts = attempt;
      if (hookFailure) {
        const message = `the onRequest hook threw: ${messageOf(hookFailure.error)}`;
        const { error: cause } = hookFailure;
        return {
          result: failure({ kind: "hook_failed", message, attempts: attempt - 1, cause }),
          status: null,
        };
      }
      if (deadline.reason === "aborted") {
        return {
          result: failure({ kind: "aborted", message: "aborted by the caller", attempts }),
          status: null,
        };
      }
      if (deadline.reason === "timeout") {
        const message = `no answer within ${timeoutMs} ms`;
        return { result: failure({ kind: "timeout", message, attempts }), status: null };
      }
      if (thrown instanceof Error && thrown.name === "CrossOriginRedirectError") {
        const { status } = thrown as Error & { status: number };
        const redirect = failure({
          ...{ kind: "redirect", status, message: thrown.message, attempts },
          source: "vendor",
        });
        return { result: redirect, status };
      }
      const message = messageOf(thrown);
      return {
        result: failure({ kind: "network", message, attempts, cause: thrown }),
        status: null,
      };
    } finally {
      deadline.clear();
    }
  }

  /** A 2xx: its body as the spec documents it, or `invalid_response`. */
  async function success(
    answer: Pick<UpdateErrorDetails, "source"> & {
      status: number;
      requestId: string | null;
      attempts: number;
    },
    contentType: string | null,
    text: unknown,
  ): Promise<UpdateResult<unknown>> {
    const body = readSuccessBody(contentType, text as string | undefined);
    const { status } = answer;
    if ("problem" in body) {
      const message = `${status}, but ${body.problem}`;
      return failure({ ...answer, kind: "invalid_response", message, raw: body.raw });
    }
    const issues =
      settings.validateResponses && connection.responseValidators
        ? await responseIssues(connection.responseValidators, operationId, status, body.data)
        : [];
    if (issues.length > 0) {
      const message = `${status}, but its body breaks the spec: ${summary(issues)}`;
      return failure({ ...answer, kind: "invalid_response", message, issues, raw: body.data });
    }
    const { requestId, attempts } = answer;
    return { ok: true, data: body.data, status, requestId, attempts };
  }
}

/**
 * `fetch failed: connect ECONNREFUSED 127.0.0.1:4010`: a thrown value's message and its
 * cause's, if any; whatever was thrown (null, a throwing getter), never a throw of its own.
 */
function messageOf(thrown: unknown): string {
  try {
    type Thrown = { message?: unknown; cause?: { message?: unknown; code?: unknown } } | null;
    const error = thrown as Thrown;
    const cause = error?.cause?.message ?? error?.cause?.code;
    const message = String(error?.message ?? thrown);
    return cause === undefined ? message : `${message}: ${String(cause)}`;
  } catch {
    return "an error that cannot be shown";
  }
}
