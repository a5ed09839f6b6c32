/** The generated case list: written by the global setup, one line per case, names unique. */
import { readFileSync } from "node:fs";

import { allOperations, manifestVendors } from "@switchboard/test-support";
import { expect, test } from "vitest";

import { CASE_LIST_PATH, caseList } from "./support/case-list.js";

test("the case list covers every operation of every manifest vendor, with unique names", () => {
  const cases = caseList();
  const names = cases.map((item) => `${item.feature}: ${item.name}`);
  expect(new Set(names).size).toBe(names.length);
  expect(manifestVendors().length).toBeGreaterThan(0);
  expect(allOperations().map((operation) => operation.vendor)).toEqual(
    manifestVendors().flatMap((vendor) => vendor.operations.map(() => vendor.name)),
  );
  for (const operation of allOperations()) {
    const features = new Set(
      cases
        .filter((item) => item.name.startsWith(`${operation.label}:`))
        .map((item) => item.feature),
    );
    for (const feature of [
      "examples",
      "constraints",
      "auth",
      "media types",
      "clients",
      "faults",
      "hostile input",
    ]) {
      expect(features, `${operation.label} has ${feature} cases`).toContain(feature);
    }
  }
  const written = readFileSync(CASE_LIST_PATH, "utf8");
  expect(written).toContain(`${cases.length} cases`);
  console.log(`contract suite: ${cases.length} generated cases in ${CASE_LIST_PATH}`);
});
