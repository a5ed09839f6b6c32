/**
 * The installed packages' types, as a consumer's compiler sees them, under node16 and bundler
 * resolution, strict, with the published declarations checked too (`skipLibCheck: false`):
 * - `fixtures/consumer-types.ts` pins a curation fact through the mock gateway, the facade and
 *   Twilio's raw client: `Status: "open"` is not one of "closed" | "inactive"; and the mock's
 *   helpers keyed by the facade's vendor keys: `gateway.vendors.twilioFlx` (misspelt) and a
 *   queued answer naming an example its operation does not document fail to compile, while
 *   `gateway.vendors.twilioFlex`, a documented example and `switchboardOptions()` compile;
 * - `every-vendor.ts`, written from the manifest (support/every-vendor-source.ts), creates every
 *   vendor's client with its own credential options and calls every operation with its spec's
 *   documented inputs, raw and through the facade; a client without its credential must fail.
 * Both compile as they are, and copies without their `@ts-expect-error` directives fail on
 * exactly those lines, for exactly those reasons: the checks can fail. One tsc run compiles
 * both files (checking the installed declarations is what takes the time).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { manifestVendors } from "@switchboard/test-support";
import { beforeAll, describe, expect, inject, it } from "vitest";

import { describeRun } from "./support/consumer.js";
import { everyVendorSource } from "./support/every-vendor-source.js";
import { FIXTURES } from "./support/published.js";
import {
  compile,
  RESOLUTIONS,
  withoutDirectives,
  type Diagnostic,
  type Directive,
  type Resolution,
} from "./support/tsc.js";

const { projectDir } = inject("consumer");
const PINNED = "consumer-types";
const EVERY_VENDOR = "every-vendor";
const UNCHECKED = "-unchecked";

/** The lines (1-based) each file's `@ts-expect-error` directives stand above. */
const expectedErrorLines = new Map<string, number[]>();
/** The pinned file's directives, each with its reason. */
let pinnedDirectives: Directive[] = [];

beforeAll(async () => {
  const sources = {
    [PINNED]: await readFile(path.join(FIXTURES, `${PINNED}.ts`), "utf8"),
    [EVERY_VENDOR]: everyVendorSource(),
  };
  for (const [name, source] of Object.entries(sources)) {
    const { unchecked, errorLines, directives } = withoutDirectives(source);
    expectedErrorLines.set(name, errorLines);
    if (name === PINNED) pinnedDirectives = directives;
    await writeFile(path.join(projectDir, `${name}.ts`), source);
    await writeFile(path.join(projectDir, `${name}${UNCHECKED}.ts`), unchecked);
  }
});

function compileBoth(resolution: Resolution, suffix: string) {
  return compile(
    projectDir,
    `${resolution}${suffix}`,
    { ...RESOLUTIONS[resolution], skipLibCheck: false },
    [PINNED, EVERY_VENDOR].map((name) => `${name}${suffix}.ts`),
  );
}

/** The diagnostics of one unchecked file, after checking they fall on exactly its lines. */
function failuresOf(name: string, diagnostics: Diagnostic[]): Diagnostic[] {
  const file = `${name}${UNCHECKED}.ts`;
  const found = diagnostics.filter((diagnostic) => diagnostic.file === file);
  expect(found.map((diagnostic) => `${diagnostic.file}:${diagnostic.line}`)).toEqual(
    (expectedErrorLines.get(name) ?? []).map((line) => `${file}:${line}`),
  );
  return found;
}

/**
 * The pinned file's failures on the lines of the directives whose reason matches `about`, after
 * checking every directive's line fails and no other line does; at least one must match.
 */
function pinnedFailures(diagnostics: Diagnostic[], about: RegExp): Diagnostic[] {
  const lines = pinnedDirectives
    .filter((directive) => about.test(directive.reason))
    .map((directive) => directive.line);
  expect(lines.length, `no directive of ${PINNED}.ts says ${about}`).toBeGreaterThan(0);
  const found = failuresOf(PINNED, diagnostics).filter((d) => lines.includes(d.line));
  expect(found.map((diagnostic) => diagnostic.line)).toEqual(lines);
  return found;
}

describe.concurrent.each(Object.keys(RESOLUTIONS) as Resolution[])(
  "a consumer compiling with %s resolution",
  (resolution) => {
    let unchecked: ReturnType<typeof compileBoth> | undefined;
    const compileUnchecked = () => (unchecked ??= compileBoth(resolution, UNCHECKED));

    it("compiles the pinned file and the every-vendor file (strict)", async () => {
      const { result } = await compileBoth(resolution, "");
      expect(result.code, describeRun(`tsc (${resolution})`, result)).toBe(0);
      expect(result.stdout.trim()).toBe("");
    });

    it("fails without the directives on exactly their lines, and nowhere else", async () => {
      const { result, diagnostics } = await compileUnchecked();
      expect(result.code, result.stdout).not.toBe(0);
      expect(result.stdout.match(/error TS\d+/g)?.length ?? 0, result.stdout).toBe(
        diagnostics.length,
      );
      const files = [PINNED, EVERY_VENDOR].map((name) => `${name}${UNCHECKED}.ts`);
      expect(diagnostics.filter((diagnostic) => !files.includes(diagnostic.file))).toEqual([]);
    });

    it('pinned: refuses Twilio\'s Status "open", raw and through the facade', async () => {
      const found = pinnedFailures((await compileUnchecked()).diagnostics, /"open" is no Status/);
      expect(found).toHaveLength(2);
      for (const diagnostic of found) {
        expect(diagnostic.code).toBe("TS2322");
        expect(diagnostic.message).toContain(`Type '"open"' is not assignable`);
        // TypeScript prints the union in whichever order it built it.
        expect(diagnostic.message).toMatch(/'"closed" \| "inactive"'|'"inactive" \| "closed"'/);
      }
    });

    it("pinned: refuses a misspelt vendor key on the gateway's base URLs", async () => {
      const [diagnostic, ...more] = pinnedFailures(
        (await compileUnchecked()).diagnostics,
        /twilioFlx/,
      );
      expect(more).toEqual([]);
      expect(diagnostic).toMatchObject({ code: "TS2551" });
      expect(diagnostic!.message).toContain(`Property 'twilioFlx' does not exist`);
      expect(diagnostic!.message).toContain(`Did you mean 'twilioFlex'?`);
    });

    it("pinned: refuses a queued answer naming an example its operation does not document", async () => {
      const [diagnostic, ...more] = pinnedFailures(
        (await compileUnchecked()).diagnostics,
        /"nope" is no example/,
      );
      expect(more).toEqual([]);
      expect(diagnostic).toMatchObject({ code: "TS2322" });
      expect(diagnostic!.message).toContain(`Type '"nope"' is not assignable`);
    });

    it("every vendor: refuses a client created without its credential option", async () => {
      const vendors = manifestVendors();
      expect(expectedErrorLines.get(EVERY_VENDOR)).toHaveLength(vendors.length);
      failuresOf(EVERY_VENDOR, (await compileUnchecked()).diagnostics).forEach(
        (diagnostic, index) => {
          expect(diagnostic.code).toBe("TS2345");
          expect(diagnostic.message).toContain(`'${vendors[index]!.typeName}ClientOptions'`);
        },
      );
    });
  },
);
