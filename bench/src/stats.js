// @ts-check
// Summaries of repeated measurements: median, quartiles, 90th percentile and spread.

/**
 * @typedef {{ runs: number, median: number, min: number, max: number, q1: number, q3: number, p90: number }} Summary
 */

/**
 * The value at fraction `p` (0..1) of sorted `values`, interpolated linearly.
 * @param {number[]} sorted @param {number} p @returns {number}
 */
export function quantile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** @param {number[]} values @returns {number} */
export function median(values) {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** @param {number[]} values @returns {Summary} */
export function summarize(values) {
  if (values.length === 0) throw new Error("summarize: no values");
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    p90: quantile(sorted, 0.9),
  };
}

/** A number rounded for a table: no decimals from 100 up, fewer digits for small values. */
export function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return Math.round(value).toLocaleString("en-US");
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/** `median (min–max)` of a summary. */
export function formatSummary(summary, unit = "") {
  const suffix = unit ? ` ${unit}` : "";
  return `${formatNumber(summary.median)}${suffix} (${formatNumber(summary.min)}–${formatNumber(summary.max)})`;
}

/** `a / b` as `1.23×`. */
export function formatRatio(a, b) {
  return `${(a / b).toFixed(2)}×`;
}
