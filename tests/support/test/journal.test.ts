import { expect, test } from "vitest";

import { gapsMs } from "../src/index.js";

const at = (...times: string[]) => times.map((time) => ({ time }));

test("gapsMs is the milliseconds between consecutive entries, in journal order", () => {
  expect(
    gapsMs(at("2024-05-01T10:00:00.000Z", "2024-05-01T10:00:00.250Z", "2024-05-01T10:00:01.250Z")),
  ).toEqual([250, 1_000]);
});

test("gapsMs of fewer than two entries is empty", () => {
  expect(gapsMs(at("2024-05-01T10:00:00.000Z"))).toEqual([]);
  expect(gapsMs([])).toEqual([]);
});
