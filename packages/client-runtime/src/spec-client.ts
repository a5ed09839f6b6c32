import createClient, {
  defaultBodySerializer,
  mergeHeaders,
  type ClientOptions,
} from "openapi-fetch";
import { authenticationHeaders, type Credential } from "./credentials.js";
import { serializePathParams } from "./path-params.js";
import { createBodySerializer } from "./request-body.js";
import {
  sameOriginRedirects,
  type RedirectReplay,
  type RequestFetch,
} from "./same-origin-redirects.js";
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

const METHODS = ["GET", "PUT", "POST", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE"] as const;

type BodySerializer = (body: unknown, headers?: unknown) => BodyInit;
type Send = (url: string, init?: Record<string, unknown>) => Promise<unknown>;
type Request = (method: string, url: string, init?: Record<string, unknown>) => Promise<unknown>;

/**
 * An openapi-fetch client that authenticates and encodes requests as the spec says: the
 * credential in the scheme the spec declares, each operation's body in its own media type
 * (JSON, or a form with per-field encodings), path parameters that cannot leave their
 * segment, and redirects followed only within the request's origin (see
 * {@link sameOriginRedirects}), whatever `fetch` the caller passes.
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
  refuseUserInfo(options.baseUrl, `${clientName}: options.baseUrl`, authentication.options);
  const securityScheme = metadata.securitySchemes[scheme];
  if (securityScheme === undefined) throw new Error(`${clientName}: no security scheme ${scheme}`);
  const credentialHeaders = authenticationHeaders(securityScheme, credential, {
    secret: `${clientName}: options.${authentication.options.secret}`,
    username: `${clientName}: options.${authentication.options.username ?? "username"}`,
  });

  const baseFetch = sendingFetch(options);
  const client = createClient<Paths>({
    ...options,
    headers: mergeHeaders(options.headers, credentialHeaders),
    pathSerializer: serializePathParams,
  });

  // Each operation's body encoding, by `METHOD /path`, made once.
  const bodies = new Map<string, { mediaType: string; serialize: BodySerializer }>(
    Object.values(metadata.operations).flatMap(({ requestBody, ...operation }) =>
      requestBody === undefined
        ? []
        : [
            [
              routeKey(operation),
              { mediaType: requestBody.mediaType, serialize: createBodySerializer(requestBody) },
            ],
          ],
    ),
  );
  const prepared = (method: string, url: string, given: Record<string, unknown> = {}) => {
    const encoding = bodies.get(`${method.toUpperCase()} ${url}`);
    const hasBody = given.body !== undefined;
    const init: Record<string, unknown> = { ...given };
    if (encoding !== undefined && hasBody) {
      init.headers = mergeHeaders(
        { "Content-Type": encoding.mediaType },
        given.headers as Parameters<typeof mergeHeaders>[0],
      );
    }
    const serialize = (given.bodySerializer ??
      encoding?.serialize ??
      defaultBodySerializer) as BodySerializer;
    if (given.redirect !== undefined && given.redirect !== "follow") {
      // The caller asked for `manual` or `error`: fetch does as asked.
      if (hasBody) init.bodySerializer = serialize;
      return init;
    }
    // Redirects are followed here, within the origin only; the body is kept as it was encoded,
    // so a 307 or 308 sends it again without copying the request.
    const replay: RedirectReplay = { body: null };
    init.redirect = "manual";
    init.fetch = sameOriginRedirects(
      (given.fetch as RequestFetch | undefined) ?? baseFetch,
      replay,
    );
    if (hasBody) {
      init.bodySerializer = (body: unknown, headers: unknown) =>
        (replay.body = serialize(body, headers));
    }
    return init;
  };

  // Every openapi-fetch method funnels into one fetch; wrap each entry point.
  const entryPoints = client as unknown as Record<(typeof METHODS)[number], Send> & {
    request: Request;
  };
  for (const method of METHODS) {
    const send = entryPoints[method];
    entryPoints[method] = (url, init) => send(url, prepared(method, url, init));
  }
  const request = entryPoints.request;
  entryPoints.request = (method, url, init) => request(method, url, prepared(method, url, init));
  return client as unknown as StrictClient<Paths>;
}

/** The `fetch` a spec client made with these options sends with: theirs, or the global one. */
export function sendingFetch(options: Pick<SpecClientOptions, "fetch">): RequestFetch {
  return (options.fetch ?? globalThis.fetch) as RequestFetch;
}

function routeKey(operation: Pick<OperationMetadata, "method" | "path">): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

/**
 * A base URL carrying `user:password@` is refused when the client is made: fetch cannot send
 * it, and credentials belong in the client's own options. The message never quotes the URL.
 */
function refuseUserInfo(
  baseUrl: string | undefined,
  where: string,
  options: SpecClientAuthentication<string>["options"],
): void {
  if (baseUrl === undefined || !URL.canParse(baseUrl)) return;
  const { username, password } = new URL(baseUrl);
  if (username === "" && password === "") return;
  const names = [options.username, options.secret].flatMap((name) =>
    name === undefined ? [] : [`options.${name}`],
  );
  throw new TypeError(
    `${where} must not carry a user name or password (user:password@); pass credentials as ${names.join(" and ")}`,
  );
}
