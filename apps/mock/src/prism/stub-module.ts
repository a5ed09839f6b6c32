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

/** {@link lazyObject} for a module that is a function (and may have properties too). */
export function lazyFunction<T extends (...args: never[]) => unknown>(load: () => T): T {
  let target: T | undefined;
  const real = () => (target ??= load());
  return new Proxy(function stub() {} as unknown as T, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    apply: (_, self, args: unknown[]) => Reflect.apply(real(), self, args),
  });
}

/**
 * {@link lazyObject} for an object a module configures as it loads: calls of the `deferred`
 * methods (whose results it ignores) are kept and made, in order, once the object is loaded.
 * Loaded when anything else of it is used, or once it has kept `maxCalls` calls.
 */
export function deferredCalls<T extends object>(
  load: () => T,
  deferred: readonly string[],
  maxCalls = 16,
): T {
  let target: T | undefined;
  const calls: { method: string | symbol; args: unknown[] }[] = [];
  const real = (): T => {
    if (target !== undefined) return target;
    const loaded = load();
    target = loaded;
    for (const { method, args } of calls.splice(0)) {
      Reflect.apply(Reflect.get(loaded, method) as (...args: unknown[]) => unknown, loaded, args);
    }
    return loaded;
  };
  const keep =
    (method: string | symbol) =>
    (...args: unknown[]): void => {
      if (target === undefined && calls.length < maxCalls) calls.push({ method, args });
      else
        Reflect.apply(Reflect.get(real(), method) as (...args: unknown[]) => unknown, real(), args);
    };
  return new Proxy({} as T, {
    get: (_, key) =>
      target === undefined && typeof key === "string" && deferred.includes(key)
        ? keep(key)
        : Reflect.get(real(), key),
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
