import type { RequestFetch } from "@switchboard/client-runtime";

/**
 * The `fetch` one attempt sends with. The attempt's signal (see `AttemptDeadline`) goes to
 * `send` as `init.signal`, which the Fetch standard lets a call set over its Request's, not into
 * the Request: on Node 20 a Request that follows a signal costs more than the rest of the
 * update, and Node's `fetch` would follow it a second time. It is read from `source` only when
 * `send` reads it. `observe` is shown the request as sent, once (a redirect's next hop is the
 * same request); if it throws, nothing is sent.
 */
export function attemptFetch(
  send: RequestFetch,
  source: { readonly signal: AbortSignal },
  observe: (request: Request) => void,
): RequestFetch {
  let observed = false;
  return (request, extension) => {
    if (!observed) {
      observed = true;
      observe(request);
    }
    // undici's own options (`requestInitExt`), when the client was given any, go along.
    const init = {
      ...extension,
      get signal() {
        return source.signal;
      },
    };
    return send(request, init);
  };
}
