/**
 * The facade examples in the root README run as written against a gateway, and type-check:
 * they are extracted into this package (so `@switchboard/sdk` resolves as it would for a
 * user), pointed at this suite's gateway instead of port 4010, and executed.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { clearJournal, gateway, manifestVendors, readJournal } from "@switchboard/test-support";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

const README = path.resolve(import.meta.dirname, "../../../../README.md");
// The examples are the README's to choose; each must be an operation of the manifest.
const OPERATIONS = manifestVendors().flatMap((vendor) =>
  vendor.operations.map(({ operationId }) => `${vendor.name} ${operationId}`),
);
const EXTRACTED = path.resolve(import.meta.dirname, "../../.readme");

// `.mts`: an ES module wherever it sits, as the examples use top-level await.
const examplesFile = path.join(EXTRACTED, "facade-examples.mts");

/** The ```ts blocks between the README's facade-examples markers, as one module. */
async function readmeExamples(): Promise<string> {
  const readme = await readFile(README, "utf8");
  const section = /<!-- facade-examples:start -->([\s\S]*?)<!-- facade-examples:end -->/.exec(
    readme,
  );
  if (!section) throw new Error("README.md has no facade-examples section");
  const blocks = [...section[1]!.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  expect(blocks.length).toBeGreaterThanOrEqual(5);
  return blocks.join("\n");
}

beforeAll(async () => {
  const source = (await readmeExamples()).replaceAll("http://127.0.0.1:4010", gateway().url);
  expect(source).toContain(gateway().url);
  await mkdir(EXTRACTED, { recursive: true });
  await writeFile(examplesFile, `${source}\nexport {};\n`);
});
afterAll(() => rm(EXTRACTED, { recursive: true, force: true }));

// Compiling the examples with the whole facade takes seconds alone, tens with every suite at once.
test("the README's facade examples type-check", () => {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.resolve(import.meta.dirname, "../../tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const options = { ...config.options, rootDir: undefined, noEmit: true };
  const program = ts.createProgram([examplesFile], options);
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  expect(diagnostics).toEqual([]);
}, 120_000);

test("the README's facade examples run: each one updates an operation once, one input is refused", async () => {
  await clearJournal();
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  let updated: string[];
  try {
    await import(examplesFile);
    expect(error.mock.calls).toEqual([]);
    const lines = log.mock.calls.map((call) => call.join(" "));
    updated = lines.filter((line) => line.endsWith(": updated"));
    expect(updated.length).toBeGreaterThan(0);
    expect(lines.some((line) => line.startsWith("invalid_input"))).toBe(true);
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  const journal = await readJournal();
  const sent = journal.map((entry) => `${entry.vendor} ${entry.operationId}`);
  expect(journal.map((entry) => entry.status)).toEqual(journal.map(() => 200));
  expect(sent).toHaveLength(updated.length);
  expect(new Set(sent).size).toBe(sent.length);
  for (const operation of sent) expect(OPERATIONS).toContain(operation);
});
