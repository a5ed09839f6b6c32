import { createRequire } from "node:module";
import { afterEach, describe, expect, test } from "vitest";
import {
  deferredCalls,
  lazyFunction,
  lazyObject,
  withStubModules,
} from "../../src/prism/stub-module.js";

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

describe("lazyFunction", () => {
  test("loads on first use only, and once; calls and properties reach the real function", () => {
    let calls = 0;
    const fetchLike = Object.assign((url: string) => `fetched ${url}`, { version: 2 });
    const stub = lazyFunction(() => {
      calls += 1;
      return fetchLike;
    });
    expect(calls).toBe(0);
    expect(stub("a")).toBe("fetched a");
    expect(stub.version).toBe(2);
    expect("version" in stub).toBe(true);
    expect(calls).toBe(1);
  });
});

describe("deferredCalls", () => {
  /** A configurable object that logs what is done to it, and how often it was loaded. */
  function configurable() {
    const log: string[] = [];
    let loads = 0;
    const real = {
      option: (name: string, value: unknown) => log.push(`option ${name}=${String(value)}`),
      extend: (name: string) => log.push(`extend ${name}`),
      generate: (what: string) => `${what} after ${log.join(", ")}`,
      seed: 1,
    };
    const load = () => {
      loads += 1;
      return real;
    };
    return { log, loads: () => loads, load };
  }

  test.each([
    {
      name: "kept calls are made in order before the first other use",
      use: (faker: { generate: (what: string) => string }) => faker.generate("data"),
      result: "data after extend faker, option random=seeded",
    },
    {
      name: "reading a property loads it too",
      use: (faker: { seed: number }) => faker.seed,
      result: 1,
    },
  ])("$name", ({ use, result }) => {
    const { log, loads, load } = configurable();
    const faker = deferredCalls(load, ["extend", "option"]);
    faker.extend("faker");
    faker.option("random", "seeded");
    expect([loads(), log]).toEqual([0, []]);
    expect(use(faker as never)).toEqual(result);
    expect([loads(), log]).toEqual([1, ["extend faker", "option random=seeded"]]);
    faker.option("late", true);
    expect(log).toEqual(["extend faker", "option random=seeded", "option late=true"]);
    expect(loads()).toBe(1);
  });

  test("loads once it has kept as many calls as it may", () => {
    const { log, loads, load } = configurable();
    const faker = deferredCalls(load, ["option"], 2);
    faker.option("a", 1);
    faker.option("b", 2);
    expect(loads()).toBe(0);
    faker.option("c", 3);
    expect([loads(), log]).toEqual([1, ["option a=1", "option b=2", "option c=3"]]);
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
