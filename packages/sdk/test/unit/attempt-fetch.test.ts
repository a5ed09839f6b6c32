import { describe, expect, test, vi } from "vitest";
import { attemptFetch } from "../../src/attempt-fetch.js";

const request = () => new Request("https://vendor.example/things/1", { method: "PUT" });

/** A signal source that counts how often its signal is read. */
function countingSource() {
  const controller = new AbortController();
  const source = {
    reads: 0,
    get signal() {
      source.reads += 1;
      return controller.signal;
    },
  };
  return { source, controller };
}

/** A `fetch` that answers at once and keeps every init it was called with. */
function recordingFetch() {
  const inits: RequestInit[] = [];
  const send = async (_: Request, given?: RequestInit) => {
    if (given) inits.push(given);
    return new Response("{}");
  };
  return { send, inits };
}

describe("the signal", () => {
  test("goes to fetch as init.signal, not into the Request", async () => {
    const { source, controller } = countingSource();
    let seen: { request: Request; init?: RequestInit } | undefined;
    const send = vi.fn(async (given: Request, init?: RequestInit) => {
      seen = { request: given, ...(init ? { init } : {}) };
      return new Response("{}");
    });
    await attemptFetch(send, source, () => {})(request());
    expect(seen?.init?.signal).toBe(controller.signal);
    controller.abort();
    expect(seen?.request.signal.aborted).toBe(false);
  });

  test("is read only when fetch reads it", async () => {
    const { source } = countingSource();
    await attemptFetch(
      async () => new Response("{}"),
      source,
      () => {},
    )(request());
    expect(source.reads).toBe(0);
  });

  test("undici's own options, when the client has any, go along with it", async () => {
    const { source, controller } = countingSource();
    const { send, inits } = recordingFetch();
    const extension = { keepalive: true } as RequestInit;
    await attemptFetch(send, source, () => {})(request(), extension);
    const [init] = inits;
    expect(init).toMatchObject({ keepalive: true });
    expect(init?.signal).toBe(controller.signal);
    expect(extension).toEqual({ keepalive: true });
  });

  test("reaches a fetch that spreads its init, and wins over an extension's own signal", async () => {
    const { source, controller } = countingSource();
    const { send, inits } = recordingFetch();
    const spreading = (given: Request, options?: RequestInit) =>
      send(given, { ...options, keepalive: true });
    const extension = { signal: new AbortController().signal } as RequestInit;
    await attemptFetch(spreading, source, () => {})(request(), extension);
    const [init] = inits;
    expect(init?.signal).toBe(controller.signal);
    expect(init).toMatchObject({ keepalive: true });
  });

  test("every attempt's init reads it through one shared getter", async () => {
    const { send, inits } = recordingFetch();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await attemptFetch(send, countingSource().source, () => {})(request());
    }
    const [first, second] = inits.map((init) => Object.getOwnPropertyDescriptor(init, "signal"));
    expect(first?.get).toBeTypeOf("function");
    expect(first?.enumerable).toBe(true);
    expect(second?.get).toBe(first?.get);
  });
});

describe("observing the request", () => {
  test("once per attempt: a redirect's next hop is not observed again", async () => {
    const observe = vi.fn();
    const fetch = attemptFetch(async () => new Response("{}"), countingSource().source, observe);
    const first = request();
    await fetch(first);
    await fetch(request());
    expect(observe).toHaveBeenCalledTimes(1);
    expect(observe).toHaveBeenCalledWith(first);
  });

  test("an observer that throws: nothing is sent, the error goes on", () => {
    const send = vi.fn(async () => new Response("{}"));
    const refusal = new Error("no");
    const fetch = attemptFetch(send, countingSource().source, () => {
      throw refusal;
    });
    expect(() => fetch(request())).toThrow(refusal);
    expect(send).not.toHaveBeenCalled();
  });
});
