/**
 * The installed packages at run time: `fixtures/run-consumer.mjs`, copied into the consumer
 * project and run there with `node`, reads the manifest copied there, starts the installed mock
 * gateway through its bin (reached with `connectMockGateway`) and through `startMockGateway`,
 * calls every operation of every vendor through the installed facade wired by the gateway's
 * `switchboardOptions()`, with the bodies and parameters of each vendor package's exported
 * spec, and prints a summary.
 */
import { copyFile, readdir } from "node:fs/promises";
import path from "node:path";
import { manifestVendors } from "@switchboard/test-support";
import { beforeAll, describe, expect, inject, it } from "vitest";

import { describeRun, run, type RunResult } from "./support/consumer.js";
import { FIXTURES, PUBLISHED } from "./support/published.js";

const { projectDir, tarballs } = inject("consumer");
const SCRIPT = "run-consumer.mjs";
const OPERATIONS = manifestVendors().flatMap((vendor) =>
  vendor.operations.map(({ operationId }) => `${vendor.key}.${operationId}`),
);
/** Each vendor's facade key and URL prefix: the helpers key base URLs by the one, at the other. */
const VENDORS = manifestVendors().map(({ key, name }) => ({ key, prefix: name }));
const KEYS = VENDORS.map(({ key }) => key);

interface Call {
  name: string;
  ok: boolean;
  status: number | null;
  attempts: number | null;
  dataIsObject: boolean;
  requestId: string | null;
  journaled: boolean;
}

interface Summary {
  ok: boolean;
  failures: string[];
  packages: Record<string, { version: string; entry: string }>;
  operations: string[];
  bin: {
    url: string;
    banner: string;
    vendors: Record<string, string>;
    calls: Call[];
    exit: { code: number | null; signal: string | null };
  };
  api: { url: string; vendors: Record<string, string>; calls: Call[] };
  invalidInput: { ok: boolean; kind: string | null; issues: string[]; sent: number };
}

let result: RunResult;
let summary: Summary;

beforeAll(async () => {
  for (const script of (await readdir(FIXTURES)).filter((file) => file.endsWith(".mjs"))) {
    await copyFile(path.join(FIXTURES, script), path.join(projectDir, script));
  }
  result = await run(process.execPath, [SCRIPT], { cwd: projectDir, timeoutMs: 90_000 });
  try {
    summary = JSON.parse(result.stdout) as Summary;
  } catch {
    throw new Error(`${SCRIPT} printed no JSON summary\n${describeRun(SCRIPT, result)}`);
  }
});

describe(`node ${SCRIPT} in the consumer project`, () => {
  it("exits 0 with no failed check", () => {
    expect(summary.failures).toEqual([]);
    expect(summary.ok).toBe(true);
    expect(result.code, describeRun(SCRIPT, result)).toBe(0);
  });

  it("imports every package from the project's node_modules, at the packed version", () => {
    expect(Object.keys(summary.packages)).toEqual(PUBLISHED.map(({ name }) => name));
    for (const tarball of tarballs) {
      expect(summary.packages[tarball.name]).toEqual({
        version: tarball.version,
        entry: "project",
      });
    }
  });

  it("finds exactly the manifest's operations in the exported specs", () => {
    expect([...summary.operations].sort()).toEqual([...OPERATIONS].sort());
  });

  it("starts the bin on a free port, prints the banner, is reached by URL and stops on SIGTERM", () => {
    expect(summary.bin.banner).toMatch(/^Switchboard mock gateway on http:\/\/127\.0\.0\.1:\d+$/);
    expect(summary.bin.url).toMatch(/^http:\/\/127\.0\.0\.1:(?!4010$)\d+$/);
    // connectMockGateway(url): each vendor's base URL under the facade's key.
    expect(Object.keys(summary.bin.vendors).sort()).toEqual([...KEYS].sort());
    for (const { key, prefix } of VENDORS) {
      expect(summary.bin.vendors[key]).toBe(`${summary.bin.url}/${prefix}`);
    }
    expect(summary.bin.exit).toEqual({ code: 0, signal: null });
  });

  it("starts the gateway through startMockGateway({ port: 0 }) on another port", () => {
    expect(summary.api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(summary.api.url).not.toBe(summary.bin.url);
    expect(Object.keys(summary.api.vendors).sort()).toEqual([...KEYS].sort());
    for (const { key, prefix } of VENDORS) {
      expect(summary.api.vendors[key]).toBe(`${summary.api.url}/${prefix}`);
    }
  });

  it.each(["bin", "api"] as const)(
    "answers every operation through the facade (%s gateway)",
    (gateway) => {
      const calls = summary[gateway].calls;
      expect(calls.map((call) => call.name).sort()).toEqual([...OPERATIONS].sort());
      for (const call of calls) {
        expect(call, call.name).toMatchObject({
          ok: true,
          status: 200,
          attempts: 1,
          dataIsObject: true,
          journaled: true,
        });
        expect(call.requestId, call.name).toEqual(expect.any(String));
      }
    },
  );

  it("refuses a wrong enum value as invalid_input, before sending", () => {
    expect(summary.invalidInput).toEqual({
      ok: false,
      kind: "invalid_input",
      issues: expect.arrayContaining(["/body/Status"]),
      sent: 0,
    });
  });
});
