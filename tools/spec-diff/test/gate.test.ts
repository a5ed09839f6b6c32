import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runGate } from "../src/gate.js";
import { main } from "../src/main.js";
import { manifestJson, schema, TempRepo, thingsYaml } from "./helpers.js";

const NARROWED_STATUS =
  'specs/things.yaml: POST /things/{thingId}/status request body (application/x-www-form-urlencoded) field Status: no longer accepts "inactive" [request-enum-narrowed] at #/components/schemas/StatusUpdate/properties/Status';

const narrowStatus = thingsYaml((document) => {
  schema(document, "StatusUpdate", "properties", "Status").enum = ["closed"];
});
const addOptionalField = thingsYaml((document) => {
  schema(document, "ThingUpdate", "properties").weight = { type: "number" };
});
const changeset = (bumps: string) => `---\n${bumps}\n---\n\nWhat changed, for the changelog.\n`;

describe("runGate", () => {
  let repo: TempRepo;
  let base: string;
  const gate = () => runGate({ repoRoot: repo.root, env: { SPEC_DIFF_BASE: base } });

  beforeEach(() => {
    repo = new TempRepo();
    repo.write("specs/things.yaml", thingsYaml());
    repo.write("manifest.json", manifestJson("things"));
    repo.write(".changeset/README.md", "# Changesets\n");
    repo.write(".changeset/config.json", "{}\n");
    base = repo.commit("the things spec");
  });
  afterEach(() => repo.dispose());

  it("fails on a breaking change without a changeset, naming spec, place, rule and package", async () => {
    repo.write("specs/things.yaml", narrowStatus);
    const result = await gate();
    expect(result.exitCode).toBe(1);
    expect(result.lines).toContain(`  ${NARROWED_STATUS}`);
    expect(result.lines.join("\n")).toMatch(/pick @switchboard\/things, choose major/);
  });

  it("passes the same change with a major changeset for the spec's package", async () => {
    repo.write("specs/things.yaml", narrowStatus);
    repo.write(".changeset/brave-cats.md", changeset('"@switchboard/things": major'));
    const result = await gate();
    expect(result.exitCode).toBe(0);
    expect(result.lines).toContain(
      "  specs/things.yaml: 1 breaking change(s), covered by a major changeset for @switchboard/things (.changeset/brave-cats.md)",
    );
  });

  it.each([
    ["a minor changeset for the package", '"@switchboard/things": minor'],
    ["a major changeset for another package", '"@switchboard/syllable": major'],
  ])("still fails with %s", async (_name, bumps) => {
    repo.write("specs/things.yaml", narrowStatus);
    repo.write(".changeset/calm-dogs.md", changeset(bumps));
    expect((await gate()).exitCode).toBe(1);
  });

  it.each([
    ["2.0.0", 0],
    ["1.3.0", 1],
  ])(
    "counts a version already bumped to a new major (changeset version ran): 1.2.0 to %s exits %i",
    async (version, exitCode) => {
      const packageJson = (v: string) => `{ "name": "@switchboard/things", "version": "${v}" }\n`;
      repo.write("packages/things/package.json", packageJson("1.2.0"));
      base = repo.commit("the things package");
      repo.write("specs/things.yaml", narrowStatus);
      repo.write("packages/things/package.json", packageJson(version));
      const result = await gate();
      expect(result.exitCode).toBe(exitCode);
      if (exitCode === 0) {
        expect(result.lines).toContain(
          "  specs/things.yaml: 1 breaking change(s), covered by a major release of @switchboard/things (packages/things/package.json went from 1.2.0 to 2.0.0)",
        );
      }
    },
  );

  it("passes a non-breaking change without a changeset", async () => {
    repo.write("specs/things.yaml", addOptionalField);
    const result = await gate();
    expect(result.exitCode).toBe(0);
    expect(result.lines).toContain("  specs/things.yaml: no breaking change (1 other change(s))");
  });

  it("compares committed changes too: the base, not HEAD, is what counts", async () => {
    repo.write("specs/things.yaml", narrowStatus);
    repo.commit("narrow Status");
    repo.write("specs/things.yaml", addOptionalField); // And back, with a harmless edit on top.
    repo.commit("widen it again");
    repo.write("specs/things.yaml", narrowStatus);
    expect((await gate()).exitCode).toBe(1);
  });

  it("treats a spec the base does not have as new, not breaking", async () => {
    repo.write("specs/other.yaml", narrowStatus);
    repo.write("manifest.json", manifestJson("things", "other"));
    const result = await gate();
    expect(result.exitCode).toBe(0);
    expect(result.lines).toContain("  specs/other.yaml: new since the base, nothing to break");
  });

  it("compares only the specs manifest.json lists", async () => {
    repo.write("specs/draft.yaml", narrowStatus);
    const result = await gate();
    expect(result.specs.map((report) => report.spec)).toEqual(["specs/things.yaml"]);
  });

  it("names the package manifest.json gives the spec, not one made from its file name", async () => {
    repo.write("manifest.json", manifestJson(["things", "@switchboard/thing-registry"]));
    repo.write("specs/things.yaml", narrowStatus);
    const result = await gate();
    expect(result.exitCode).toBe(1);
    expect(result.lines.join("\n")).toMatch(/pick @switchboard\/thing-registry, choose major/);

    repo.write(".changeset/brave-cats.md", changeset('"@switchboard/thing-registry": major'));
    expect((await gate()).exitCode).toBe(0);
  });

  it("reads the base's specs from the base's manifest.json", async () => {
    repo.write("manifest.json", manifestJson());
    base = repo.commit("things.yaml is there, but not a vendor API yet");
    repo.write("manifest.json", manifestJson("things"));
    const result = await gate();
    expect(result.lines).toContain("  specs/things.yaml: new since the base, nothing to break");
  });

  it("lists specs/ at a base older than manifest.json, naming each package after its file", async () => {
    repo.remove("manifest.json");
    base = repo.commit("before the manifest");
    repo.write("manifest.json", manifestJson("things"));
    repo.write("specs/things.yaml", narrowStatus);
    const result = await gate();
    expect(result.exitCode).toBe(1);
    expect(result.specs).toMatchObject([
      { spec: "specs/things.yaml", packageName: "@switchboard/things", status: "compared" },
    ]);
  });

  it("fails when a spec is removed", async () => {
    repo.remove("specs/things.yaml");
    repo.write("manifest.json", manifestJson());
    const result = await gate();
    expect(result.exitCode).toBe(1);
    expect(result.lines).toContainEqual(
      expect.stringMatching(/specs\/things\.yaml: .*\[spec-removed\]/),
    );
  });

  it("uses the newest release tag when SPEC_DIFF_BASE is not set", async () => {
    repo.git("tag", "@switchboard/things@1.0.0");
    repo.write("specs/things.yaml", narrowStatus);
    const result = await runGate({ repoRoot: repo.root, env: {} });
    expect(result.base).toEqual({
      ref: "@switchboard/things@1.0.0",
      reason: "the newest release tag",
    });
    expect(result.exitCode).toBe(1);
  });

  it("passes, saying so, when there is no base to compare with", async () => {
    repo.write("specs/things.yaml", narrowStatus);
    const result = await runGate({ repoRoot: repo.root, env: {} });
    expect(result.exitCode).toBe(0);
    expect(result.lines.join("\n")).toMatch(/^spec-diff: no base to compare with/);
  });
});

describe("main (the CLI)", () => {
  let repo: TempRepo;
  let out: string[];
  let err: string[];
  const run = (args: string[], cwd: string, env: Record<string, string> = {}) =>
    main(args, cwd, { out: (text) => out.push(text), err: (text) => err.push(text), env });

  beforeEach(() => {
    repo = new TempRepo();
    out = [];
    err = [];
    repo.write("specs/things.yaml", thingsYaml());
    repo.write("manifest.json", manifestJson("things"));
    repo.commit("the things spec");
  });
  afterEach(() => repo.dispose());

  it("exits 1 with the breaking changes on stderr, from any folder of the repository", async () => {
    repo.write("specs/things.yaml", narrowStatus);
    const code = await run([], path.join(repo.root, "specs"), { SPEC_DIFF_BASE: "HEAD" });
    expect(code).toBe(1);
    expect(err.join("\n")).toContain(NARROWED_STATUS);
  });

  it("exits 0 and lists the other changes with --verbose", async () => {
    repo.write("specs/things.yaml", addOptionalField);
    expect(await run(["--verbose"], repo.root, { SPEC_DIFF_BASE: "HEAD" })).toBe(0);
    expect(out.join("\n")).toMatch(/not breaking: PATCH \/things\/\{thingId\} request body/);
  });

  it("exits 2 when the gate cannot run", async () => {
    repo.write("specs/things.yaml", "openapi: 3.1.0\npaths: [unclosed\n");
    expect(await run([], repo.root, { SPEC_DIFF_BASE: "HEAD" })).toBe(2);
    expect(err.join("\n")).toMatch(/^spec-diff: /);

    repo.remove("manifest.json");
    expect(await run([], repo.root, { SPEC_DIFF_BASE: "HEAD" })).toBe(2);
    expect(err.at(-1)).toMatch(/manifest\.json is missing: run `pnpm generate`/);

    const outside = mkdtempSync(path.join(tmpdir(), "spec-diff-no-git-"));
    try {
      expect(await run([], outside)).toBe(2);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it("prints its usage with --help", async () => {
    expect(await run(["--help"], repo.root)).toBe(0);
    expect(out.join("\n")).toMatch(/^Usage: switchboard-spec-diff/);
  });
});
