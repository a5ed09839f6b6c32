import { describe, expect, test, vi } from "vitest";
import { boundedMemo } from "../../src/engine/bounded-memo.js";

describe("boundedMemo", () => {
  test("computes a key once, and answers it from memory after", () => {
    const compute = vi.fn((key: string) => ({ key }));
    const memo = boundedMemo(compute);
    const first = memo("application/json");
    expect(memo("application/json")).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  test.each([
    { keys: 3, limit: 4, computed: 3, remembered: true },
    { keys: 4, limit: 4, computed: 4, remembered: true },
    { keys: 5, limit: 4, computed: 5, remembered: false },
  ])(
    "$keys distinct keys under a limit of $limit: the first is remembered: $remembered",
    ({ keys, limit, computed, remembered }) => {
      const compute = vi.fn((key: number) => [key]);
      const memo = boundedMemo(compute, limit);
      for (let key = 0; key < keys; key += 1) memo(key);
      expect(compute).toHaveBeenCalledTimes(computed);
      memo(0);
      expect(compute).toHaveBeenCalledTimes(remembered ? computed : computed + 1);
    },
  );

  test("after a thousand distinct keys, the newest is remembered and the oldest is not", () => {
    const compute = vi.fn((key: number) => String(key));
    const memo = boundedMemo(compute, 8);
    for (let key = 0; key < 1_000; key += 1) memo(key);
    // Everything since the last start-over is remembered; nothing older is.
    const calls = compute.mock.calls.length;
    memo(999);
    expect(compute.mock.calls.length).toBe(calls);
    memo(0);
    expect(compute.mock.calls.length).toBe(calls + 1);
  });
});
