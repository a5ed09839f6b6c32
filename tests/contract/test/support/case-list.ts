/**
 * The case list: every generated case of every feature, written by the global setup to
 * `.cases/cases.md` so the coverage is visible.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { allOperations, manifestVendors } from "@switchboard/test-support";

import { echoCases, pathEchoCases, preferCases } from "./cases/echo-cases.js";
import { exampleCases, writeOnlyCases } from "./cases/example-cases.js";
import { delayAndResetCaseNames, faultCases } from "./cases/fault-cases.js";
import { hostileCases } from "./cases/hostile-cases.js";
import { authCases, clientCases, constraintCases, mediaTypeCases } from "./cases/request-cases.js";

/** The suite's package folder, with a trailing slash. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const CASE_LIST_PATH = `${PACKAGE_ROOT}.cases/cases.md`;

/** Single-instance checks that are not per operation. */
export const GATEWAY_CASES = [
  "fault: delay is at least the requested delay (per operation)",
  "fault: reset drops the connection (per operation)",
  "fault: a malformed x-mock-fault header is rejected",
  "journal: DELETE clears it",
  "journal: keeps only the newest entries (bounded)",
  "journal: records what was sent, credentials redacted",
  "health: lists every spec, every operation and the version",
  "hostile: an unknown prefix is a 404",
  "hostile: the gateway root is a 404",
];

export interface ListedCase {
  feature: string;
  name: string;
}

export function caseList(): ListedCase[] {
  const named = (feature: string, cases: readonly { name: string }[]) =>
    cases.map(({ name }) => ({ feature, name }));
  return [
    ...named("examples", exampleCases()),
    ...named("examples (write-only)", writeOnlyCases()),
    ...named("constraints", constraintCases()),
    ...named("auth", authCases()),
    ...named("media types", mediaTypeCases()),
    ...named("clients", clientCases()),
    ...named("echo", echoCases()),
    ...named("echo (path)", pathEchoCases()),
    ...named("prefer", preferCases()),
    ...named("faults", faultCases()),
    ...named(
      "faults",
      delayAndResetCaseNames().map((name) => ({ name })),
    ),
    ...named("hostile input", hostileCases()),
    ...named(
      "gateway",
      GATEWAY_CASES.map((name) => ({ name })),
    ),
  ];
}

/** A Markdown table with its columns padded, as Prettier writes tables (so it stays unformatted). */
function markdownTable(header: string[], rows: string[][]): string[] {
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  const cells = [header, ...rows].map((row) => row.map(escape));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  return [
    line(cells[0]!),
    line(widths.map((width) => "-".repeat(width))),
    ...cells.slice(1).map(line),
  ];
}

/** Writes the case list (Markdown) and returns how many cases it holds. */
export function writeCaseList(): number {
  const rows = caseList();
  const byFeature = new Map<string, number>();
  for (const row of rows) byFeature.set(row.feature, (byFeature.get(row.feature) ?? 0) + 1);
  const vendors = manifestVendors().map((vendor) => vendor.name);
  const lines = [
    "# Contract cases",
    "",
    `Generated from the bundled specs of ${vendors.join(", ")} (${allOperations().length} operations). ${rows.length} cases.`,
    "",
    ...markdownTable(
      ["feature", "cases"],
      [...byFeature].map(([feature, count]) => [feature, String(count)]),
    ),
    "",
    ...markdownTable(
      ["#", "feature", "case"],
      rows.map((row, index) => [String(index + 1), row.feature, row.name]),
    ),
    "",
  ];
  mkdirSync(`${PACKAGE_ROOT}.cases`, { recursive: true });
  writeFileSync(CASE_LIST_PATH, lines.join("\n"));
  return rows.length;
}
