import { tryGit } from "./git.js";

/** What the specs are compared with, and why that ref was chosen. */
export interface BaseRef {
  ref: string;
  reason: string;
}

/** Release tags as changesets writes them: `@switchboard/twilio-flex@2.0.0`. */
export const RELEASE_TAG_PATTERN = "@switchboard/*@*";

/**
 * The base to compare the specs with: `SPEC_DIFF_BASE` if set; else the newest release tag that
 * HEAD contains; else the merge base of HEAD and origin/main. Undefined when there is none (a fresh
 * clone of main without tags: HEAD is its own base).
 */
export function resolveBaseRef(
  repoRoot: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): BaseRef | undefined {
  const fromEnv = env.SPEC_DIFF_BASE?.trim();
  if (fromEnv) {
    if (
      tryGit(repoRoot, ["rev-parse", "--verify", "--quiet", `${fromEnv}^{commit}`]) === undefined
    ) {
      throw new Error(`SPEC_DIFF_BASE=${fromEnv} does not name a commit in this repository`);
    }
    return { ref: fromEnv, reason: "SPEC_DIFF_BASE" };
  }
  const tag = newestReleaseTag(repoRoot);
  if (tag) return { ref: tag, reason: "the newest release tag" };
  if (tryGit(repoRoot, ["rev-parse", "--verify", "--quiet", "refs/remotes/origin/main"])) {
    const mergeBase = tryGit(repoRoot, ["merge-base", "HEAD", "origin/main"])?.trim();
    if (mergeBase) return { ref: mergeBase, reason: "the merge base of HEAD and origin/main" };
  }
  return undefined;
}

/** The most recently created `@switchboard/*@*` tag among HEAD's ancestors. */
export function newestReleaseTag(repoRoot: string): string | undefined {
  const tags = tryGit(repoRoot, [
    "tag",
    "--list",
    RELEASE_TAG_PATTERN,
    "--merged",
    "HEAD",
    "--sort=-creatordate",
  ]);
  return tags
    ?.split("\n")
    .map((tag) => tag.trim())
    .find((tag) => tag !== "");
}
