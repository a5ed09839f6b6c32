import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  findStaleFiles,
  loadWorkspace,
  removePackages,
  retiredVendorPackages,
  writeGeneratedFiles,
} from "../src/index.js";
import {
  contentsOf,
  generate,
  relativePaths,
  removeWorkspace,
  scratchWorkspace,
} from "./support/fixture-workspace.js";

let root: string;
beforeEach(async () => {
  root = await scratchWorkspace();
  await writeGeneratedFiles(await generate(root));
});
afterEach(() => removeWorkspace(root));

async function edit(file: string, from: string, to: string): Promise<void> {
  const before = await readFile(path.join(root, file), "utf8");
  expect(before).toContain(from);
  await writeFile(path.join(root, file), before.replace(from, to));
}

async function stale(): Promise<string[]> {
  return relativePaths(root, await findStaleFiles(await generate(root)));
}

describe("findStaleFiles (the drift gate)", () => {
  test("reports nothing right after writing", async () => {
    expect(await stale()).toEqual([]);
  });

  // Each edit of the spec stales exactly the files that carry what was edited.
  test.each([
    {
      edit: "an enum",
      from: "[open, closed]",
      to: "[open, closed, paused]",
      stale: [
        "src/generated/openapi.json",
        "src/generated/schema.ts",
        "src/generated/validators.ts",
      ],
    },
    {
      edit: "a length limit",
      from: "maxLength: 3",
      to: "maxLength: 4",
      stale: ["src/generated/openapi.json", "src/generated/validators.ts"],
    },
    {
      edit: "a description (an annotation validators drop)",
      from: "Annotation only; validators drop it.",
      to: "Edited annotation.",
      stale: ["src/generated/openapi.json", "src/generated/schema.ts"],
    },
    {
      edit: "a server variable",
      from: "default: api.mini.test",
      to: "default: api2.mini.test",
      stale: [
        "src/client.ts",
        "src/generated/openapi.json",
        "src/generated/metadata.ts",
        "README.md",
        "../../manifest.json",
      ],
    },
    {
      edit: "a credential option's name",
      from: "password: secretKey",
      to: "password: apiSecret",
      stale: ["src/client.ts", "src/generated/openapi.json", "README.md", "../../manifest.json"],
    },
  ])("reports the files $edit stales", async ({ from, to, stale: files }) => {
    await edit("specs/mini.yaml", from, to);
    expect(await stale()).toEqual(files.map((file) => path.posix.join("packages/mini", file)));
  });

  const appendComment = (text: string) => `${text}// hand edit\n`;
  const addField = (text: string) => `${JSON.stringify({ ...JSON.parse(text), edited: true })}\n`;
  test.each([
    { file: "packages/mini/src/client.ts", handEdit: appendComment },
    { file: "packages/mini/src/generated/schema.ts", handEdit: appendComment },
    { file: "packages/mini/package.json", handEdit: addField },
    { file: "packages/sdk/src/generated/vendors.ts", handEdit: appendComment },
    {
      file: "packages/sdk/package.json",
      handEdit: (text: string) => text.replace('    "@switchboard/mini": "workspace:^",\n', ""),
    },
    { file: "manifest.json", handEdit: addField },
  ])("reports $file edited by hand", async ({ file, handEdit }) => {
    const contents = await readFile(path.join(root, file), "utf8");
    await writeFile(path.join(root, file), handEdit(contents));
    expect(await stale()).toEqual([file]);
  });

  // The facade's package.json is the facade's own, but for its vendor dependencies.
  test("does not report the facade's own package.json fields edited by hand", async () => {
    await edit(
      "packages/sdk/package.json",
      '"private": true,',
      '"private": true,\n  "sideEffects": false,',
    );
    await edit(
      "packages/sdk/package.json",
      '"typescript": "catalog:"',
      '"typescript": "catalog:",\n    "vitest": "catalog:"',
    );
    expect(await stale()).toEqual([]);
  });

  test("reports a generated file that was deleted", async () => {
    await rm(path.join(root, "packages/mini/src/index.ts"));
    expect(await stale()).toEqual(["packages/mini/src/index.ts"]);
  });

  test("reports a table edited by hand, not the README's own text", async () => {
    await edit("README.md", "Hand-written text after the table stays.", "Edited by hand.");
    expect(await stale()).toEqual([]);
    await edit("README.md", "| Mini ", "| Maxi ");
    expect(await stale()).toEqual(["README.md"]);
  });

  test("reports what a removed vendor leaves behind, and its dependency goes", async () => {
    await writeFile(
      path.join(root, "specs/mini-two.yaml"),
      await readFile(path.join(root, "specs/mini.yaml"), "utf8"),
    );
    await edit("redocly.yaml", "apis:\n", "apis:\n  mini-two@v1:\n    root: specs/mini-two.yaml\n");
    await writeGeneratedFiles(await generate(root));
    const facade = JSON.parse(await readFile(path.join(root, "packages/sdk/package.json"), "utf8"));
    expect(Object.keys(facade.dependencies)).toContain("@switchboard/mini-two");

    await edit("redocly.yaml", "  mini-two@v1:\n    root: specs/mini-two.yaml\n", "");
    const files = await generate(root);
    expect(relativePaths(root, await findStaleFiles(files))).toEqual([
      "manifest.json",
      "packages/sdk/src/generated/vendors.ts",
      "packages/sdk/package.json",
      "README.md",
    ]);
    const regenerated = JSON.parse(contentsOf(root, files, "packages/sdk/package.json"));
    expect(regenerated.dependencies).toEqual({
      "@switchboard/client-runtime": "workspace:^",
      "@switchboard/mini": "workspace:^",
      "openapi-fetch": "catalog:",
    });
    expect(contentsOf(root, files, "packages/sdk/src/generated/vendors.ts")).not.toContain(
      "miniTwo",
    );
  });

  test("a removed vendor's package is reported as retired, removed, and nothing else is", async () => {
    await writeFile(
      path.join(root, "specs/mini-two.yaml"),
      await readFile(path.join(root, "specs/mini.yaml"), "utf8"),
    );
    await edit("redocly.yaml", "apis:\n", "apis:\n  mini-two@v1:\n    root: specs/mini-two.yaml\n");
    await writeGeneratedFiles(await generate(root));
    const workspace = await loadWorkspace(path.join(root, "redocly.yaml"));
    expect(await retiredVendorPackages(workspace)).toEqual([]);

    await edit("redocly.yaml", "  mini-two@v1:\n    root: specs/mini-two.yaml\n", "");
    const shrunk = await loadWorkspace(path.join(root, "redocly.yaml"));
    const retired = await retiredVendorPackages(shrunk);
    expect(relativePaths(root, retired)).toEqual(["packages/mini-two"]);
    await removePackages(retired);
    expect(await readdir(path.join(root, "packages"))).toEqual(["mini", "sdk"]);
  });
});
