import { createRequire, Module } from "node:module";

/**
 * An object that stands for `load()`'s result and calls `load` only when first used, so a
 * module that is required but rarely needed costs nothing until then.
 */
export function lazyObject<T extends object>(load: () => T): T {
  let target: T | undefined;
  const real = () => (target ??= load());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
  });
}

/**
 * Runs `load` while each CommonJS module in `stubs` (by resolved path) answers every `require`
 * with the exports given for it, then takes the stubs out again: only modules first required
 * inside `load` keep a stub, and the rest of the process gets the real module. A module that is
 * already loaded is left alone.
 */
export function withStubModules<T>(stubs: Map<string, unknown>, load: () => T): T {
  const { cache } = createRequire(import.meta.url);
  const placed = new Map<string, NodeJS.Module>();
  for (const [filename, stubExports] of stubs) {
    if (cache[filename] !== undefined) continue;
    // A loaded entry in the require cache is what `require` hands out (documented Node behaviour).
    const stub = new Module(filename);
    stub.filename = filename;
    stub.exports = stubExports;
    stub.loaded = true;
    cache[filename] = stub;
    placed.set(filename, stub);
  }
  try {
    return load();
  } finally {
    for (const [filename, stub] of placed) {
      if (cache[filename] === stub) Reflect.deleteProperty(cache, filename);
    }
  }
}
