import { beforeAll, describe, expect, test } from "vitest";
import { ResourceState } from "../../../src/engine/state/resource-state.js";
import type { Vendor } from "../../../src/engine/vendor.js";
import { specsEngine } from "./stateful-engine.js";

let vendors: readonly Vendor[];
beforeAll(async () => {
  ({ vendors } = await specsEngine());
});

/** A Syllable channel seed: the smallest resource the specs have, keyed by its `id`. */
const channel = (id: number, name = `channel ${id}`, session?: string) => ({
  vendor: "syllable",
  operation: "updateChannel",
  resource: { id, name, channel_service: "sip" },
  ...(session === undefined ? {} : { session }),
});

const keys = (state: ResourceState) => state.list().map(({ key }) => key);

describe("bounds", () => {
  test("past maxResources, the least recently written go first", () => {
    const state = new ResourceState(vendors, { enabled: true, maxResources: 2 });
    state.seed(channel(1));
    state.seed(channel(2));
    state.seed(channel(1, "written again"));
    state.seed(channel(3));
    expect(keys(state)).toStrictEqual(["/api/v1/channels/1", "/api/v1/channels/3"]);
  });

  test("past maxBytes too; the one just written stays even alone over the limit", () => {
    const size = JSON.stringify(channel(1).resource).length;
    const state = new ResourceState(vendors, { enabled: true, maxBytes: size * 2 });
    state.seed(channel(1));
    state.seed(channel(2));
    expect(keys(state)).toHaveLength(2);
    state.seed(channel(3, "x".repeat(size * 3)));
    expect(keys(state)).toStrictEqual(["/api/v1/channels/3"]);
    state.clear();
    state.seed(channel(4));
    state.seed(channel(5));
    // The bytes of what was cleared no longer count.
    expect(keys(state)).toStrictEqual(["/api/v1/channels/4", "/api/v1/channels/5"]);
  });
});

describe("reading it", () => {
  test("entries are copies: changing one changes nothing stored", () => {
    const state = new ResourceState(vendors, { enabled: true });
    const seeded = state.seed(channel(1));
    if (!("entry" in seeded)) throw new Error(seeded.problems.join("; "));
    (seeded.entry.resource as { name: string }).name = "changed";
    const [listed] = state.list();
    (listed?.resource as { name: string }).name = "changed";
    expect(state.get("syllable", "/api/v1/channels/1")?.resource).toMatchObject({
      name: "channel 1",
    });
  });

  test("get: by vendor, path and session; nothing elsewhere", () => {
    const state = new ResourceState(vendors, { enabled: true });
    state.seed(channel(1, "in s", "s"));
    expect(state.get("syllable", "/api/v1/channels/1", "s")?.resource).toMatchObject({
      name: "in s",
    });
    expect(state.get("syllable", "/api/v1/channels/1")).toBeUndefined();
    expect(state.get("healthing", "/api/v1/channels/1", "s")).toBeUndefined();
  });
});
