import { createRequire } from "node:module";
import { afterEach, describe, expect, test } from "vitest";
import { lazyObject, withStubModules } from "../../src/prism/stub-module.js";

const require = createRequire(import.meta.url);
const COUNTED = require.resolve("../fixtures/counted-module.cjs");
const loads = () => (globalThis as { countedModuleLoads?: number }).countedModuleLoads ?? 0;

afterEach(() => {
  delete require.cache[COUNTED];
});

describe("lazyObject", () => {
  test("loads on first use only, and once", () => {
    let calls = 0;
    const object = lazyObject(() => {
      calls += 1;
      return { word: () => "lorem", nested: { depth: 2 } };
    });
    expect(calls).toBe(0);
    expect(object.word()).toBe("lorem");
    expect(object.nested.depth).toBe(2);
    expect(calls).toBe(1);
  });

  test("forwards writes and `in` to the real object", () => {
    const real: Record<string, unknown> = { locale: "en" };
    const object = lazyObject(() => real);
    object.locale = "de";
    expect(real.locale).toBe("de");
    expect("locale" in object).toBe(true);
    expect("missing" in object).toBe(false);
  });
});

describe("withStubModules", () => {
  test("a require inside load gets the stub, and the real module is not loaded", () => {
    const before = loads();
    const seen = withStubModules(new Map([[COUNTED, { stub: true }]]), () => require(COUNTED));
    expect(seen).toStrictEqual({ stub: true });
    expect(loads()).toBe(before);
  });

  test("after load, the stub is gone and require loads the real module", () => {
    withStubModules(new Map([[COUNTED, { stub: true }]]), () => require(COUNTED));
    expect(require.cache[COUNTED]).toBeUndefined();
    const before = loads();
    expect(require(COUNTED)).toStrictEqual({ real: true });
    expect(loads()).toBe(before + 1);
  });

  test("the stub is taken out even when load throws", () => {
    expect(() =>
      withStubModules(new Map([[COUNTED, { stub: true }]]), () => {
        throw new Error("load failed");
      }),
    ).toThrow("load failed");
    expect(require.cache[COUNTED]).toBeUndefined();
  });

  test("a module already loaded is left alone", () => {
    const real: unknown = require(COUNTED);
    const seen = withStubModules(new Map([[COUNTED, { stub: true }]]), () => require(COUNTED));
    expect(seen).toBe(real);
    expect(require.cache[COUNTED]?.exports).toBe(real);
  });

  test("returns what load returns", () => {
    expect(withStubModules(new Map(), () => 42)).toBe(42);
  });
});
