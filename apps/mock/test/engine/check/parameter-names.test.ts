import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { type Diagnostic, prismViolations } from "../../../src/engine/check/prism-violations.js";
import { prepareVendor } from "../../../src/engine/prepare-vendor.js";
import type { Vendor } from "../../../src/engine/vendor.js";
import { loadFolderVendors } from "../../../src/vendors/load-vendors.js";

const SPECS = fileURLToPath(new URL("../../../../../specs/", import.meta.url));

// Prism's diagnostic prefix for each list of an operation's parameters.
const PREFIXES = { path: "path", query: "query", headers: "header" } as const;

/** Every parameter whose name has capitals, in every operation of these vendors. */
function capitalizedParameters(vendors: readonly Vendor[]) {
  return vendors.flatMap((vendor) =>
    vendor.operations.flatMap((operation) =>
      Object.entries(PREFIXES).flatMap(([list, where]) =>
        (operation.request?.[list as keyof typeof PREFIXES] ?? [])
          .filter(({ name }) => name !== name.toLowerCase())
          .map(({ name }) => ({ vendor, where, name })),
      ),
    ),
  );
}

/** A rule Prism reports on the parameter itself, and `required` reported on its parent. */
function diagnosticsFor(where: string, name: string): Diagnostic[] {
  const prismName = name.toLowerCase();
  return [
    {
      path: [where, prismName],
      code: "pattern",
      message: `Request ${where} parameter ${prismName} must match pattern "^${prismName}$"`,
      severity: 0,
    },
    {
      path: [where],
      code: "required",
      message: `must have required property '${prismName}'`,
      severity: 0,
    },
  ];
}

function expectSpelled(vendor: Vendor, where: string, name: string) {
  expect(prismViolations(diagnosticsFor(where, name), vendor.parameterNames)).toStrictEqual([
    {
      location: [where, name],
      rule: "pattern",
      message: `Request ${where} parameter ${name} must match pattern "^${name.toLowerCase()}$"`,
    },
    {
      location: [where, name],
      rule: "required",
      message: `must have required property '${name}'`,
    },
  ]);
}

describe("violations name parameters as the spec spells them", () => {
  let shipped: ReturnType<typeof capitalizedParameters>;
  beforeAll(async () => {
    const sources = await loadFolderVendors(path.resolve(SPECS));
    shipped = capitalizedParameters(await Promise.all(sources.map(prepareVendor)));
  });

  test("in every shipped spec, for each parameter with capitals in its name", () => {
    expect(shipped.length).toBeGreaterThan(0);
    for (const { vendor, where, name } of shipped) expectSpelled(vendor, where, name);
  });

  // The shipped specs have capitals only in path parameters; these stand for the others.
  const parameter = (name: string, where: "path" | "query" | "header") => ({
    name,
    in: where,
    required: true,
    schema: { type: "string", pattern: "^[A-Z]+$" },
  });
  test.each([
    ["path", "InteractionSid"],
    ["query", "PageSize"],
    ["query", "StartDate"],
    ["header", "X-Twilio-Webhook-Enabled"],
  ] as const)("%s parameter %s", async (where, name) => {
    const vendor = await prepareVendor({
      name: "capitals",
      title: "Capitals",
      version: "1",
      errorFormat: "twilio",
      document: {
        openapi: "3.1.0",
        info: { title: "Capitals", version: "1" },
        paths: {
          "/things/{InteractionSid}": {
            get: {
              parameters: [
                parameter("InteractionSid", "path"),
                ...(where === "path" ? [] : [parameter(name, where)]),
              ],
              responses: { "200": { description: "OK" } },
            },
          },
        },
      },
    });
    expectSpelled(vendor, where, name);
  });

  test("a name the spec does not have, and body fields, are kept as Prism gives them", () => {
    const diagnostics: Diagnostic[] = [
      { path: ["query", "unknown"], code: "type", message: "must be string", severity: 0 },
      { path: ["body", "sid"], code: "type", message: "must be string", severity: 0 },
    ];
    const names = new Map([["query", new Map([["sid", "Sid"]])]]);
    expect(prismViolations(diagnostics, names).map(({ location }) => location)).toStrictEqual([
      ["query", "unknown"],
      ["body", "sid"],
    ]);
  });
});
