/** Most redirects followed for one request; fetch's own limit is 20, a vendor API needs few. */
export const MAX_REDIRECTS = 5;

/**
 * A redirect to another origin than the request's, refused before anything was sent there:
 * the request carried credentials and a body meant only for the configured origin. The
 * message names both origins, never a path, query string or user name.
 */
export class CrossOriginRedirectError extends Error {
  override readonly name = "CrossOriginRedirectError";

  constructor(
    /** The redirect's status (301, 302, 303, 307 or 308). */
    readonly status: number,
    /** The origin that answered with the redirect. */
    readonly from: string,
    /** The origin the redirect pointed to (`"null"` for one without, such as `data:`). */
    readonly to: string,
  ) {
    super(
      `refused a ${status} redirect from ${from} to ${to}: credentials and body go only to ${from}`,
    );
  }
}

/** How openapi-fetch calls `fetch`: a Request, and undici's extra options (`requestInitExt`). */
export type RequestFetch = (request: Request, init?: RequestInit) => Promise<Response>;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Headers that describe the body; they go when a redirect drops the body (Fetch, 4.4 step 12).
const BODY_HEADERS = ["content-encoding", "content-language", "content-location", "content-type"];

/**
 * The body a request was built from, kept by the client that built it (see `createSpecClient`),
 * so a 307 or 308 can send it again without reading or copying the request.
 */
export interface RedirectReplay {
  body: BodyInit | null;
}

/**
 * `fetch` that follows redirects within the request's origin only. Requests go out with
 * `redirect: "manual"` (Node's fetch then hands back the 3xx itself); a same-origin redirect is
 * followed as fetch would (303, and 301/302 of a POST, become a GET without body; 307 and 308
 * keep method and body), up to {@link MAX_REDIRECTS}; any other origin is refused with a
 * {@link CrossOriginRedirectError} and never contacted.
 *
 * With `replay`, the caller built the request with `redirect: "manual"` itself and keeps its
 * body: the common path is then one call of `send`, nothing copied. Without it, a request that
 * asks for `manual` or `error` keeps that meaning, and one that follows is copied first.
 */
export function sameOriginRedirects(send: RequestFetch, replay?: RedirectReplay): RequestFetch {
  return async (input, extension) => {
    let request = input;
    let body = replay?.body ?? null;
    if (replay === undefined) {
      if (input.redirect !== "follow") return send(input, extension);
      body = input.body === null ? null : await input.arrayBuffer();
      request = new Request(input.url, {
        method: input.method,
        headers: input.headers,
        body,
        signal: input.signal,
        redirect: "manual",
      });
    }
    const origin = new URL(request.url).origin;
    for (let hops = 0; ; hops += 1) {
      const response = await send(request, extension);
      const location = response.headers.get("location");
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
      await response.body?.cancel();
      const next = new URL(location, request.url);
      if (next.origin !== origin) {
        throw new CrossOriginRedirectError(response.status, origin, next.origin);
      }
      if (hops >= MAX_REDIRECTS) {
        throw new TypeError(`more than ${MAX_REDIRECTS} redirects from ${origin}`);
      }
      request = redirected(request, response.status, next.href, body);
      if (request.body === null) body = null;
    }
  };
}

/** The request a same-origin redirect asks for: fetch's rules for method and body. */
function redirected(request: Request, status: number, url: string, body: BodyInit | null): Request {
  const { method } = request;
  const headers = new Headers(request.headers);
  const toGet =
    (status === 303 && method !== "GET" && method !== "HEAD") ||
    (status < 303 && method === "POST");
  if (toGet) for (const name of BODY_HEADERS) headers.delete(name);
  return new Request(url, {
    method: toGet ? "GET" : method,
    headers,
    body: toGet ? null : body,
    signal: request.signal,
    redirect: "manual",
  });
}
