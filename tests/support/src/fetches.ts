/** `fetch` stand-ins that change what reaches the gateway, to stage what a vendor might do. */
import { createServer } from "node:net";

/** Adds `x-mock-fault: plan[n]` to the n-th request; later requests go through untouched. */
export function faultPlanFetch(plan: readonly string[]): typeof fetch {
  let index = 0;
  return (input, init) => {
    const fault = plan[index];
    index += 1;
    if (fault === undefined) return fetch(input, init);
    // The caller's Request itself, never a copy: a copy nothing holds stops passing on the
    // caller's abort once garbage collected (nodejs/undici#4068), and a timeout then never
    // reaches the request.
    if (input instanceof Request) {
      input.headers.set("x-mock-fault", fault);
      return fetch(input, init);
    }
    const headers = new Headers(init?.headers);
    headers.set("x-mock-fault", fault);
    return fetch(input, { ...init, headers });
  };
}

/** Sends the body `rewrite` returns instead of the facade's (validated) one. */
export function rewriteBodyFetch(rewrite: (body: string) => string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    return fetch(new Request(request, { body: rewrite(await request.text()) }));
  };
}

/** A vendor that answers `status` and echoes everything it received, credentials included. */
export function echoingVendorFetch(status: number): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = {
      detail: `Rejected ${request.method} ${request.url} with ${JSON.stringify([...request.headers])}: ${await request.text()}`,
      headers: Object.fromEntries(request.headers),
    };
    return Response.json(body, { status });
  };
}

/** A base URL where nothing listens: every request fails to connect. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** Sends the request to `url` instead of where the facade (after validating) meant it to go. */
export function rewriteUrlFetch(url: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const { method, headers, signal } = request;
    const body = request.body === null ? undefined : await request.text();
    return fetch(url, { method, headers, signal, ...(body === undefined ? {} : { body }) });
  };
}
