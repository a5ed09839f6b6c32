import { describe, expect, test } from "vitest";
import { MAX_INPUT_DEPTH, snapshotInput } from "../../src/input-snapshot.js";

/** `{ body: { a: { a: ... } } }`, `levels` objects below `body`. */
function nested(levels: number): Record<string, unknown> {
  let body: Record<string, unknown> = {};
  for (let level = 1; level < levels; level += 1) body = { a: body };
  return { body };
}

const throwing = (message: string) => () => {
  throw new Error(message);
};

describe("a plain copy, as JSON.stringify reads the input", () => {
  class Money {
    constructor(readonly cents: number) {}
    toJSON() {
      return `${this.cents / 100} EUR`;
    }
  }
  test.each<{ name: string; input: unknown; value: unknown }>([
    {
      name: "plain data as it is",
      input: { body: { a: [1, "x", true, null] } },
      value: { body: { a: [1, "x", true, null] } },
    },
    {
      name: "toJSON is called",
      input: { body: { at: new Date(0), price: new Money(150) } },
      value: { body: { at: "1970-01-01T00:00:00.000Z", price: "1.5 EUR" } },
    },
    {
      name: "toJSON gets its key",
      input: { body: { k: { toJSON: (key: string) => key } } },
      value: { body: { k: "k" } },
    },
    {
      name: "undefined, functions and symbols leave objects",
      input: { body: { u: undefined, f: () => 1, s: Symbol("s"), kept: 1 } },
      value: { body: { kept: 1 } },
    },
    {
      name: "and are null in arrays",
      input: { body: [undefined, () => 1, Symbol("s")] },
      value: { body: [null, null, null] },
    },
    {
      name: "non-finite numbers are null",
      input: { body: [Number.NaN, Infinity, -Infinity] },
      value: { body: [null, null, null] },
    },
    {
      name: "boxed primitives are unboxed",
      input: { body: [Object(1), Object("s"), Object(false)] },
      value: { body: [1, "s", false] },
    },
    {
      name: "a shared object (not a cycle) is copied twice",
      input: (() => {
        const shared = { x: 1 };
        return { body: { a: shared, b: shared } };
      })(),
      value: { body: { a: { x: 1 }, b: { x: 1 } } },
    },
    {
      name: "only own enumerable keys",
      input: { body: Object.assign(Object.create({ inherited: 1 }), { own: 2 }) },
      value: { body: { own: 2 } },
    },
    {
      name: "a __proto__ key stays a key",
      input: JSON.parse('{"body":{"__proto__":{"x":1}}}'),
      value: JSON.parse('{"body":{"__proto__":{"x":1}}}'),
    },
    { name: "a primitive input", input: "text", value: "text" },
    { name: "no input", input: undefined, value: undefined },
  ])("$name", ({ input, value }) => {
    const snapshot = snapshotInput(input);
    expect(snapshot).toEqual({ value });
    if ("value" in snapshot) expect(JSON.stringify(snapshot.value)).toBe(JSON.stringify(input));
  });

  test("the copy shares nothing with the input", () => {
    const input = { body: { list: [{ n: 1 }] } };
    const snapshot = snapshotInput(input) as { value: typeof input };
    input.body.list[0]!.n = 2;
    expect(snapshot.value.body.list[0]!.n).toBe(1);
  });

  test(`an input ${MAX_INPUT_DEPTH} levels deep, itself included, is fine`, () => {
    expect(snapshotInput(nested(MAX_INPUT_DEPTH - 1))).toHaveProperty("value");
  });
});

describe("an input that cannot be read as JSON is an issue at its JSON Pointer", () => {
  const circular: Record<string, unknown> = { name: "loop" };
  circular.self = circular;
  const circularList: unknown[] = [];
  circularList.push({ back: circularList });
  test.each<{ name: string; input: unknown; path: string; rule: string }>([
    { name: "a cycle", input: { body: { a: circular } }, path: "/body/a/self", rule: "cycle" },
    {
      name: "a cycle through an array",
      input: { body: circularList },
      path: "/body/0/back",
      rule: "cycle",
    },
    {
      name: "an input that contains itself",
      input: (() => {
        const input: Record<string, unknown> = {};
        input.body = input;
        return input;
      })(),
      path: "/body",
      rule: "cycle",
    },
    {
      name: `nesting past ${MAX_INPUT_DEPTH}`,
      input: nested(MAX_INPUT_DEPTH),
      path: `/body${"/a".repeat(MAX_INPUT_DEPTH - 1)}`,
      rule: "maxDepth",
    },
    {
      name: "nesting 2,500 deep",
      input: nested(2_500),
      path: `/body${"/a".repeat(MAX_INPUT_DEPTH - 1)}`,
      rule: "maxDepth",
    },
    {
      name: "a throwing getter",
      input: {
        body: {
          get secret() {
            return throwing("getter")();
          },
        },
      },
      path: "/body/secret",
      rule: "unreadable",
    },
    {
      name: "a throwing toJSON",
      input: { body: { list: [1, { toJSON: throwing("toJSON") }] } },
      path: "/body/list/1",
      rule: "unreadable",
    },
    {
      name: "a proxy whose keys throw",
      input: { body: new Proxy({}, { ownKeys: throwing("ownKeys") }) },
      path: "/body",
      rule: "unreadable",
    },
    {
      name: "a revoked proxy",
      input: {
        body: (() => {
          const { proxy, revoke } = Proxy.revocable({}, {});
          revoke();
          return proxy;
        })(),
      },
      path: "/body",
      rule: "unreadable",
    },
    {
      name: "a getter on the input itself",
      input: {
        get body() {
          return throwing("body")();
        },
      },
      path: "/body",
      rule: "unreadable",
    },
    { name: "a BigInt", input: { body: { n: 1n } }, path: "/body/n", rule: "type" },
    {
      name: "a key with / and ~, escaped",
      input: {
        body: {
          "a/b~c": {
            get x() {
              return throwing("x")();
            },
          },
        },
      },
      path: "/body/a~1b~0c/x",
      rule: "unreadable",
    },
    {
      name: "the input's own toJSON",
      input: { toJSON: throwing("top") },
      path: "/",
      rule: "unreadable",
    },
  ])("$name → $rule at $path", ({ input, path, rule }) => {
    const snapshot = snapshotInput(input);
    expect(snapshot).toEqual({ issue: { path, rule, message: expect.any(String) } });
  });

  test("the issue never repeats what the caller's code threw", () => {
    const snapshot = snapshotInput({
      body: {
        get x() {
          return throwing("canary-getter-1234")();
        },
      },
    });
    expect(JSON.stringify(snapshot)).not.toContain("canary");
  });
});
