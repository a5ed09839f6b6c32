import { resolveBaseRef, type BaseRef } from "./base-ref.js";
import { formatChange, type Change } from "./change.js";
import { majorChangesets, readPendingChangesets } from "./changesets.js";
import { classifyChanges } from "./classify.js";
import { readSpecAtRef, readWorkingTreeSpec } from "./load-spec.js";
import { majorReleasedSince } from "./released-major.js";
import { specsAtRef, workingTreeSpecs } from "./specs.js";

export interface GateOptions {
  /** The repository root (where manifest.json, the specs and .changeset/ are). */
  repoRoot: string;
  /** Read for SPEC_DIFF_BASE; process.env by default. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Also list the changes that are not breaking. */
  verbose?: boolean;
}

export interface SpecReport {
  spec: string;
  packageName: string;
  status: "new" | "removed" | "compared";
  breaking: Change[];
  nonBreaking: Change[];
  /** The changesets that give the package a major bump. */
  majorChangesets: string[];
  /** How the package's version already moved to a new major since the base, if it did. */
  majorRelease: string | undefined;
}

export interface GateResult {
  /** 0: nothing to compare, or every breaking change has its major changeset; 1: one has not. */
  exitCode: 0 | 1;
  base: BaseRef | undefined;
  specs: SpecReport[];
  /** What the CLI prints. */
  lines: string[];
}

/**
 * Compares every spec in the working tree with its version at the base and fails when a spec has
 * a breaking change and its package has neither a pending major changeset nor a version already
 * bumped to a new major since the base.
 */
export async function runGate(options: GateOptions): Promise<GateResult> {
  const { repoRoot, verbose = false } = options;
  const base = resolveBaseRef(repoRoot, options.env ?? process.env);
  if (!base) {
    return {
      exitCode: 0,
      base,
      specs: [],
      lines: [
        "spec-diff: no base to compare with (SPEC_DIFF_BASE is not set, there is no @switchboard/*@* " +
          "release tag and no origin/main), so there is nothing to check.",
      ],
    };
  }

  const baseSpecs = specsAtRef(repoRoot, base.ref);
  const headSpecs = workingTreeSpecs(repoRoot);
  const majors = majorChangesets(readPendingChangesets(repoRoot));
  const reports: SpecReport[] = [];
  // Each spec with its package: the working tree's name for it, else the base's.
  const specs = [...new Map([...baseSpecs, ...headSpecs])].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  for (const [spec, packageName] of specs) {
    const report = {
      spec,
      packageName,
      majorChangesets: majors.get(packageName) ?? [],
      majorRelease: majorReleasedSince(repoRoot, base.ref, packageName),
    };
    if (!baseSpecs.has(spec)) {
      reports.push({ ...report, status: "new", breaking: [], nonBreaking: [] });
    } else if (!headSpecs.has(spec)) {
      const removed: Change = {
        rule: "spec-removed",
        breaking: true,
        operation: undefined,
        location: "document",
        pointer: "#",
        message: "the spec was removed (every operation with it)",
      };
      reports.push({ ...report, status: "removed", breaking: [removed], nonBreaking: [] });
    } else {
      const classification = await classifyChanges(
        readSpecAtRef(repoRoot, base.ref, spec),
        readWorkingTreeSpec(repoRoot, spec),
        spec,
      );
      reports.push({ ...report, status: "compared", ...classification });
    }
  }
  return { base, specs: reports, ...summarize(base, reports, verbose) };
}

function summarize(
  base: BaseRef,
  reports: readonly SpecReport[],
  verbose: boolean,
): { exitCode: 0 | 1; lines: string[] } {
  const lines = [`spec-diff: comparing specs with ${base.ref} (${base.reason})`];
  const coverage = (report: SpecReport) =>
    report.majorChangesets.length > 0
      ? `a major changeset for ${report.packageName} (${report.majorChangesets.join(", ")})`
      : report.majorRelease && `a major release of ${report.packageName} (${report.majorRelease})`;
  const uncovered = reports.filter((report) => report.breaking.length > 0 && !coverage(report));
  for (const report of reports) {
    const { spec, breaking, nonBreaking } = report;
    const coveredBy = coverage(report);
    if (report.status === "new") lines.push(`  ${spec}: new since the base, nothing to break`);
    else if (breaking.length === 0) {
      lines.push(`  ${spec}: no breaking change (${nonBreaking.length} other change(s))`);
    } else if (coveredBy) {
      lines.push(`  ${spec}: ${breaking.length} breaking change(s), covered by ${coveredBy}`);
      for (const change of breaking) lines.push(`    breaking: ${formatChange(change)}`);
    } else {
      // Listed below, with the failure.
      lines.push(
        `  ${spec}: ${breaking.length} breaking change(s) and no major changeset for ${report.packageName}`,
      );
    }
    if (verbose) {
      for (const change of nonBreaking) lines.push(`    not breaking: ${formatChange(change)}`);
    }
  }
  if (uncovered.length === 0) return { exitCode: 0, lines };

  lines.push("", "Breaking spec changes without a major changeset:");
  for (const report of uncovered) {
    for (const change of report.breaking) lines.push(`  ${report.spec}: ${formatChange(change)}`);
  }
  lines.push(
    "",
    "A change that breaks existing callers needs a major changeset for the vendor's package: run",
    "`pnpm changeset`, pick " +
      uncovered.map((report) => report.packageName).join(", ") +
      ", choose major, and describe the change (see .changeset/README.md).",
  );
  return { exitCode: 1, lines };
}
