import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { specsAtRef, workingTreeSpecs } from "../src/specs.js";
import { manifestJson, TempRepo, thingsYaml } from "./helpers.js";

describe("which specs there are, and their packages", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo();
  });
  afterEach(() => repo.dispose());

  it("takes the working tree's from its manifest.json, not from specs/", () => {
    repo.write("specs/draft.yaml", thingsYaml());
    repo.write("manifest.json", manifestJson(["things", "@switchboard/thing-registry"], "more"));
    expect(workingTreeSpecs(repo.root)).toEqual(
      new Map([
        ["specs/things.yaml", "@switchboard/thing-registry"],
        ["specs/more.yaml", "@switchboard/more"],
      ]),
    );
  });

  it("says to run pnpm generate when the working tree has no manifest.json", () => {
    expect(() => workingTreeSpecs(repo.root)).toThrow(
      "manifest.json is missing: run `pnpm generate`",
    );
  });

  it("takes a ref's from manifest.json at that ref", () => {
    repo.write("manifest.json", manifestJson("things"));
    const base = repo.commit("things");
    repo.write("manifest.json", manifestJson("things", "more"));
    expect(specsAtRef(repo.root, base)).toEqual(
      new Map([["specs/things.yaml", "@switchboard/things"]]),
    );
  });

  it("lists specs/ at a ref older than manifest.json, naming each package after its file", () => {
    repo.write("specs/watsonx-orchestrate.yaml", thingsYaml());
    repo.write("specs/notes.txt", "not a spec");
    const base = repo.commit("before the manifest");
    expect(specsAtRef(repo.root, base)).toEqual(
      new Map([["specs/watsonx-orchestrate.yaml", "@switchboard/watsonx-orchestrate"]]),
    );
  });

  it("finds none at a ref with neither manifest.json nor specs/", () => {
    const base = repo.commit("empty");
    expect(specsAtRef(repo.root, base)).toEqual(new Map());
  });
});
