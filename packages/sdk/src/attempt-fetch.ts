import type { RequestFetch } from "@switchboard/client-runtime";

/** Where an attempt's signal comes from (see `AttemptDeadline`): made when first read. */
interface SignalSource {
  readonly signal: AbortSignal;
}

/**
 * The `fetch` one attempt sends with. The attempt's signal goes to `send` as `init.signal`,
 * which the Fetch standard lets a call set over its Request's, not into the Request: on Node 20
 * a Request that follows a signal costs more than the rest of the update, and Node's `fetch`
 * would follow it a second time. It is read from `source` only when `send` reads it. `observe`
 * is shown the request as sent, once (a redirect's next hop is the same request); if it throws,
 * nothing is sent.
 */
export function attemptFetch(
  send: RequestFetch,
  source: SignalSource,
  observe: (request: Request) => void,
): RequestFetch {
  let observed = false;
  return (request, extension) => {
    if (!observed) {
      observed = true;
      observe(request);
    }
    return send(request, new AttemptInit(extension, source) as RequestInit);
  };
}

/**
 * One attempt's init: undici's own options (`requestInitExt`), when the client was given any,
 * and `signal` as an own, enumerable getter, so a `fetch` that spreads its init passes it on.
 * Every attempt shares the one getter: an accessor written in an object literal is a new
 * function each time, which gives each init a hidden class of its own, kept in the old
 * generation, and that holds the whole attempt through every young-generation collection.
 */
class AttemptInit {
  static readonly #signal: PropertyDescriptor = {
    get(this: AttemptInit): AbortSignal {
      return this.#source.signal;
    },
    enumerable: true,
    configurable: true,
  };

  readonly #source: SignalSource;

  constructor(extension: RequestInit | undefined, source: SignalSource) {
    Object.assign(this, extension);
    this.#source = source;
    // Over any `signal` of the extension's, as the attempt's deadline must win.
    Object.defineProperty(this, "signal", AttemptInit.#signal);
  }
}
