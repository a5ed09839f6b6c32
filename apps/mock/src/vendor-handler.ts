import type { IHttpConfig, IHttpRequest, PrismHttpInstance } from "@stoplight/prism-http";
import { echoUpdate, type JsonSchema } from "./echo.js";
import { plainErrorBody, validationErrorBody, type Violation } from "./error-body.js";
import { numericParameterViolations } from "./numeric-parameters.js";
import { getHttpConfigFromRequest, prismHttp } from "./prism.js";
import { silentLogger } from "./silent-logger.js";
import { DECODED_FORM_MEDIA_TYPE, type RouteMatch, type VendorSpec } from "./vendor-spec.js";

/** A request to one vendor, with the vendor prefix already taken off the path. */
export interface VendorRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  rawBody: Buffer;
  /** The operation the gateway matched the request to (none: Prism answers 404 or 405). */
  matched: RouteMatch | undefined;
}

export interface VendorResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  operationId: string | null;
}

// Every check Prism's own server makes: request validation, security, response validation.
const PRISM_CONFIG: IHttpConfig = {
  validateRequest: true,
  validateResponse: true,
  checkSecurity: true,
  errors: false,
  isProxy: false,
  upstreamProxy: undefined,
  mock: { dynamic: false },
};

/** Serves one spec: Prism routes, validates and picks the example; the vendor's error shape and echo on top. */
export function createVendorHandler(spec: VendorSpec) {
  const prism: PrismHttpInstance = prismHttp.createInstance(PRISM_CONFIG, { logger: silentLogger });

  return async function handle(request: VendorRequest): Promise<VendorResponse> {
    const { matched } = request;
    const operationId = matched?.route.operationId ?? null;
    const reply = (status: number, body: unknown): VendorResponse => ({
      status,
      headers: { "content-type": "application/json" },
      body,
      operationId,
    });

    const decoded = decodeBody(spec, request);
    if ("violation" in decoded) {
      const { status, violation } = decoded;
      return reply(status, validationErrorBody(spec.errorFormat, status, [violation]));
    }

    const input: IHttpRequest = {
      method: request.method.toLowerCase() as IHttpRequest["method"],
      url: { path: request.path, query: request.query },
      headers: { ...request.headers, ...decoded.headers },
      body: decoded.body,
    };
    // A fresh mock config each time: Prism writes the request's Accept into it.
    let config = { ...PRISM_CONFIG, mock: { ...PRISM_CONFIG.mock } };
    if (asksForMockPreferences(input)) {
      const preferences = getHttpConfigFromRequest(input);
      if (preferences._tag === "Left") {
        return reply(
          400,
          plainErrorBody(spec.errorFormat, 400, `Prefer header: ${preferences.left.detail}`),
        );
      }
      config = {
        ...PRISM_CONFIG,
        mock: { ...PRISM_CONFIG.mock, ...stripUndefined(preferences.right) },
      };
    }
    const result = await prism.request(input, spec.operations, config)();
    if (result._tag === "Left") {
      const { status = 500, message } = result.left as Error & { status?: number };
      const { exampleKey } = config.mock;
      if (matched && exampleKey !== undefined && status === 404) {
        // Prism reports an unknown example like an unknown route; say which examples exist.
        const known = exampleNames(matched.route.operation).join(", ") || "none";
        const reason = `Prefer: example=${exampleKey} names no documented example (documented: ${known})`;
        return reply(400, plainErrorBody(spec.errorFormat, 400, reason));
      }
      return reply(
        status,
        plainErrorBody(spec.errorFormat, status, routeErrorReason(status, message)),
      );
    }

    const { output, validations } = result.right;
    const headers = Object.fromEntries(
      Object.entries(output.headers ?? {}).flatMap(([name, value]) =>
        value === null || value === undefined ? [] : [[name.toLowerCase(), String(value)]],
      ),
    );
    const strictNumbers = matched
      ? numericParameterViolations(
          matched.route.numericParameters,
          matched.pathParams,
          request.query,
        )
      : [];
    const violations = dedupe([
      ...strictNumbers,
      ...validations.input
        .filter((diagnostic) => diagnostic.severity === 0 && typeof diagnostic.code !== "number")
        .map((diagnostic) => toViolation(diagnostic, spec.pathParamNames)),
    ]);
    const status =
      matched && strictNumbers.length > 0 && output.statusCode < 400
        ? invalidRequestStatus(matched.route.operation)
        : output.statusCode;
    let body: unknown = output.body;
    if (violations.length > 0 && status >= 400 && status !== 401) {
      body = validationErrorBody(spec.errorFormat, status, violations);
    } else if (matched && status < 300 && config.mock.exampleKey === undefined) {
      body = echoUpdate(
        body,
        successSchema(matched.route.operation),
        decoded.body,
        matched.pathParams,
      );
    }
    return { status, headers, body, operationId };
  };
}

type Decoded =
  | {
      /** What Prism validates. */
      body: unknown;
      /** Headers to hand Prism instead of the caller's (the decoded form's media type). */
      headers: Record<string, string>;
    }
  | { status: number; violation: Violation };

/** Parses the body by its media type, refusing media types the spec does not accept. */
function decodeBody(spec: VendorSpec, request: VendorRequest): Decoded {
  if (request.rawBody.length === 0) return { body: undefined, headers: {} };
  const contentType = request.headers["content-type"] ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!spec.requestMediaTypes.has(mediaType)) {
    const accepted = [...spec.requestMediaTypes].join(", ");
    return {
      status: 415,
      violation: {
        location: ["header", "content-type"],
        rule: "media_type",
        message: `Content-Type "${mediaType || "(none)"}" is not accepted; send ${accepted}`,
      },
    };
  }
  const text = request.rawBody.toString("utf8");
  if (/json/.test(mediaType)) {
    try {
      return { body: JSON.parse(text), headers: {} };
    } catch (error) {
      const status = spec.errorFormat === "fastapi" ? 422 : 400;
      const message = `Body is not valid JSON: ${(error as Error).message}`;
      return { status, violation: { location: ["body"], rule: "malformed", message } };
    }
  }
  if (mediaType === "application/x-www-form-urlencoded" && spec.jsonFormFields.size > 0) {
    const form: Record<string, unknown> = {};
    for (const [name, value] of new URLSearchParams(text)) {
      if (!spec.jsonFormFields.has(name)) {
        form[name] = value;
        continue;
      }
      try {
        form[name] = JSON.parse(value);
      } catch {
        const message = `Form field ${name} must hold a JSON document`;
        return { status: 400, violation: { location: ["body", name], rule: "malformed", message } };
      }
    }
    return { body: form, headers: { "content-type": DECODED_FORM_MEDIA_TYPE } };
  }
  return { body: text, headers: {} };
}

interface Diagnostic {
  path?: (string | number)[];
  code?: string | number;
  message: string;
}

// Ajv reports a missing or unexpected property on its parent object; these name the property.
const NAMED_PROPERTY: Record<string, RegExp> = {
  required: /required property '([^']+)'/,
  additionalProperties: /additional propert(?:y|ies)[^']*'([^']+)'/,
};

function toViolation(diagnostic: Diagnostic, pathParamNames: Map<string, string>): Violation {
  const [where = "body", ...rest] = diagnostic.path ?? ["body"];
  const location: (string | number)[] = [
    where,
    ...rest.map((segment) => (/^\d+$/.test(String(segment)) ? Number(segment) : segment)),
  ];
  if (where === "path" && location[1] !== undefined) {
    location[1] = pathParamNames.get(String(location[1]).toLowerCase()) ?? location[1];
  }
  const named = NAMED_PROPERTY[String(diagnostic.code)]?.exec(diagnostic.message);
  if (named?.[1]) location.push(named[1]);
  return { location, rule: String(diagnostic.code ?? "invalid"), message: diagnostic.message };
}

/** One violation per field and rule; an `if` failing only repeats the `then` rule it reports. */
function dedupe(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((violation) => {
    const id = JSON.stringify([violation.location, violation.rule]);
    if (violation.rule === "if" || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** What Prism answers an invalid request with: the documented 422, else 400. */
function invalidRequestStatus(operation: VendorSpec["operations"][number]): number {
  return operation.responses.some((response) => response.code === "422") ? 422 : 400;
}

function successSchema(operation: VendorSpec["operations"][number]): JsonSchema | undefined {
  const success = operation.responses.find((response) => /^2\d\d$/.test(response.code));
  const json = success?.contents?.find((content) => /json/.test(content.mediaType));
  return json?.schema as JsonSchema | undefined;
}

function exampleNames(operation: VendorSpec["operations"][number]): string[] {
  return operation.responses.flatMap((response) =>
    (response.contents ?? []).flatMap((content) => (content.examples ?? []).map(({ key }) => key)),
  );
}

function routeErrorReason(status: number, message: string): string {
  if (status === 404) return "Not Found";
  if (status === 405) return "Method Not Allowed";
  return message;
}

/** Prism reads mock preferences from `Prefer`, or else from `__code`-style query parameters. */
function asksForMockPreferences(input: IHttpRequest): boolean {
  return (
    input.headers?.prefer !== undefined ||
    Object.keys(input.url.query ?? {}).some((name) => name.startsWith("__"))
  );
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== undefined),
  ) as Partial<T>;
}
