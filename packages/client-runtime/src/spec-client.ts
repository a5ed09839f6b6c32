import createClient, { mergeHeaders, type ClientOptions } from "openapi-fetch";
import { authenticationHeaders, type Credential } from "./credentials.js";
import { serializePathParams } from "./path-params.js";
import { createBodySerializer } from "./request-body.js";
import type { OperationMetadata, SpecMetadata } from "./spec-metadata.js";
import type { StrictClient } from "./strict-client.js";

/** The openapi-fetch options a vendor client passes through; encoding comes from the spec. */
export type SpecClientOptions = Omit<ClientOptions, "bodySerializer" | "pathSerializer">;

/** Which of the spec's security schemes a client uses, and the credential the caller gave. */
export interface SpecClientAuthentication<Scheme extends string> {
  /** The client's factory name, for error messages. */
  readonly clientName: string;
  readonly scheme: Scheme;
  readonly credential: Credential;
  /** The option names the credential came from, for error messages. */
  readonly options: { readonly secret: string; readonly username?: string };
}

const METHODS_WITH_BODY = ["PUT", "POST", "PATCH", "DELETE"] as const;

type Send = (url: string, init?: Record<string, unknown>) => Promise<unknown>;
type Request = (method: string, url: string, init?: Record<string, unknown>) => Promise<unknown>;

/**
 * An openapi-fetch client that authenticates and encodes requests as the spec says: the
 * credential in the scheme the spec declares, each operation's body in its own media type
 * (JSON, or a form with per-field encodings), and path parameters that cannot leave their
 * segment.
 */
export function createSpecClient<
  Paths extends object,
  Metadata extends SpecMetadata = SpecMetadata,
>(
  metadata: Metadata,
  options: SpecClientOptions,
  authentication: SpecClientAuthentication<keyof Metadata["securitySchemes"] & string>,
): StrictClient<Paths> {
  const { clientName, scheme, credential } = authentication;
  const securityScheme = metadata.securitySchemes[scheme];
  if (securityScheme === undefined) throw new Error(`${clientName}: no security scheme ${scheme}`);
  const credentialHeaders = authenticationHeaders(securityScheme, credential, {
    secret: `${clientName}: options.${authentication.options.secret}`,
    username: `${clientName}: options.${authentication.options.username ?? "username"}`,
  });

  const client = createClient<Paths>({
    ...options,
    headers: mergeHeaders(options.headers, credentialHeaders),
    pathSerializer: serializePathParams,
  });

  const operations = new Map<string, OperationMetadata>(
    Object.values(metadata.operations).map((operation) => [routeKey(operation), operation]),
  );
  const encoded = (method: string, url: string, init: Record<string, unknown> = {}) => {
    const requestBody = operations.get(`${method.toUpperCase()} ${url}`)?.requestBody;
    if (requestBody === undefined || init.body === undefined) return init;
    return {
      bodySerializer: createBodySerializer(requestBody),
      ...init,
      headers: mergeHeaders(
        { "Content-Type": requestBody.mediaType },
        init.headers as Parameters<typeof mergeHeaders>[0],
      ),
    };
  };

  // Every openapi-fetch method funnels into one fetch; wrap the entry points that carry a body.
  const entryPoints = client as unknown as Record<(typeof METHODS_WITH_BODY)[number], Send> & {
    request: Request;
  };
  for (const method of METHODS_WITH_BODY) {
    const send = entryPoints[method];
    entryPoints[method] = (url, init) => send(url, encoded(method, url, init));
  }
  const request = entryPoints.request;
  entryPoints.request = (method, url, init) => request(method, url, encoded(method, url, init));
  return client as unknown as StrictClient<Paths>;
}

function routeKey(operation: OperationMetadata): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
