import type { Difference, DriftReport } from "./difference.js";

/** The report as text: one block per operation, one line per difference. */
export function formatText(report: DriftReport): string {
  const lines: string[] = [];
  for (const operation of report.operations) {
    lines.push(`${operation.operationId} (${operation.method.toUpperCase()} ${operation.path})`);
    if (operation.request.length === 0 && operation.response.length === 0) {
      lines.push("  no differences");
      continue;
    }
    for (const side of ["request", "response"] as const) {
      if (operation[side].length === 0) continue;
      lines.push(`  ${side}`);
      for (const difference of operation[side]) lines.push(`    ${formatDifference(difference)}`);
    }
  }
  lines.push(
    report.exitCode === 1
      ? "The curated spec refuses requests the vendor accepts (lines marked !)."
      : "Nothing the vendor accepts is refused by the curated spec.",
  );
  return lines.join("\n");
}

/** `! body.Status enum-missing-ours: ours (none), upstream ["paused"]`. */
export function formatDifference(difference: Difference): string {
  const show = (value: unknown) => (value === undefined ? "(none)" : JSON.stringify(value));
  const mark = difference.breaking ? "!" : "-";
  return `${mark} ${difference.location} ${difference.kind}: ours ${show(difference.ours)}, upstream ${show(difference.upstream)}`;
}

/** The same report as JSON. */
export function formatJson(report: DriftReport): string {
  return JSON.stringify(report, null, 2);
}
