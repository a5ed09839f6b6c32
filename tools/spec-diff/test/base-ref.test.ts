import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveBaseRef } from "../src/base-ref.js";
import { TempRepo } from "./helpers.js";

describe("resolveBaseRef", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo();
  });
  afterEach(() => repo.dispose());

  it("finds none in a fresh clone of main without tags or origin", () => {
    repo.commit("first");
    expect(resolveBaseRef(repo.root, {})).toBeUndefined();
  });

  it("finds none in a repository without commits", () => {
    expect(resolveBaseRef(repo.root, {})).toBeUndefined();
  });

  it("takes SPEC_DIFF_BASE first, and fails when it names no commit", () => {
    const first = repo.commit("first");
    repo.git("tag", "@switchboard/syllable@1.0.0");
    repo.commit("second");
    expect(resolveBaseRef(repo.root, { SPEC_DIFF_BASE: first })).toEqual({
      ref: first,
      reason: "SPEC_DIFF_BASE",
    });
    expect(() => resolveBaseRef(repo.root, { SPEC_DIFF_BASE: "no-such-ref" })).toThrow(
      /SPEC_DIFF_BASE=no-such-ref does not name a commit/,
    );
  });

  it("takes the newest @switchboard/*@* tag among HEAD's ancestors", () => {
    repo.commit("first");
    repo.git("tag", "@switchboard/syllable@1.0.0");
    repo.commit("second");
    repo.git("tag", "-a", "-m", "release", "@switchboard/twilio-flex@2.0.0");
    repo.git("tag", "v9.9.9"); // Not a release tag of ours.
    repo.git("checkout", "--quiet", "-b", "elsewhere");
    repo.commit("elsewhere");
    repo.git("tag", "@switchboard/healthing@3.0.0"); // Newer, but not an ancestor of main.
    repo.git("checkout", "--quiet", "main");
    repo.commit("third");

    expect(resolveBaseRef(repo.root, {})).toEqual({
      ref: "@switchboard/twilio-flex@2.0.0",
      reason: "the newest release tag",
    });
  });

  it("takes the merge base with origin/main when there is no release tag", () => {
    const origin = new TempRepo();
    try {
      const base = origin.commit("first");
      repo.git("remote", "add", "origin", origin.root);
      repo.git("fetch", "--quiet", "origin");
      repo.git("checkout", "--quiet", "-b", "feature", "origin/main");
      repo.commit("feature work");
      origin.commit("main moves on");
      repo.git("fetch", "--quiet", "origin");

      expect(resolveBaseRef(repo.root, {})).toEqual({
        ref: base,
        reason: "the merge base of HEAD and origin/main",
      });
    } finally {
      origin.dispose();
    }
  });
});
