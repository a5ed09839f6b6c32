/**
 * Tracks the timers the facade's own code starts, so a test can prove none outlives an update.
 * Only timers created from the facade's own files count: fetch's internals keep their own.
 */
import { afterEach, beforeEach, vi } from "vitest";

const FACADE_SOURCE = /[\\/]sdk[\\/](?:src|dist)[\\/]/;

export function trackFacadeTimers(): { pending: () => number; started: () => number } {
  const live = new Set<unknown>();
  let started = 0;
  beforeEach(() => {
    live.clear();
    started = 0;
    const { setTimeout: realSet, clearTimeout: realClear } = globalThis;
    vi.spyOn(globalThis, "setTimeout").mockImplementation(((
      callback: (...args: unknown[]) => void,
      ms?: number,
      ...args: unknown[]
    ) => {
      const fromFacade = FACADE_SOURCE.test(new Error().stack ?? "");
      const handle = realSet(
        (...callbackArgs: unknown[]) => {
          live.delete(handle);
          callback(...callbackArgs);
        },
        ms,
        ...args,
      );
      if (fromFacade) {
        live.add(handle);
        started += 1;
      }
      return handle;
    }) as typeof setTimeout);
    vi.spyOn(globalThis, "clearTimeout").mockImplementation((handle) => {
      live.delete(handle);
      realClear(handle);
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return { pending: () => live.size, started: () => started };
}
