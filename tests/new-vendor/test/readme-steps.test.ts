import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";

import { readAddVendorSteps, withApiEntry } from "./support/readme-steps.js";
import { REPO_ROOT } from "./support/scratch.js";

describe("the README's Add a vendor API steps", () => {
  test("name one redocly.yaml entry and the commands to run", async () => {
    const steps = await readAddVendorSteps(REPO_ROOT);
    expect(parse(steps.apiEntry.replaceAll("<name>", "acme-voice"))).toEqual({
      "acme-voice@v1": { root: "specs/acme-voice.yaml" },
    });
    expect(steps.commands.length).toBeGreaterThan(0);
  });

  test("the entry lands at the end of apis:, keeping every other API and setting", async () => {
    const redocly = await readFile(path.join(REPO_ROOT, "redocly.yaml"), "utf8");
    const before = parse(redocly) as { apis: Record<string, unknown> };
    const steps = await readAddVendorSteps(REPO_ROOT);
    const after = parse(
      withApiEntry(redocly, steps.apiEntry.replaceAll("<name>", "acme-voice")),
    ) as typeof before;
    expect(after).toEqual({
      ...before,
      apis: { ...before.apis, "acme-voice@v1": { root: "specs/acme-voice.yaml" } },
    });
  });
});
