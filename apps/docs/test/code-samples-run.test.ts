/*
 * The TypeScript samples type-check against the workspace packages (and Twilio's Node helper
 * against the installed `twilio`), and every TypeScript and curl sample that can reach the mock
 * runs against a gateway this file starts, getting a 2xx the journal records.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { startMockGateway, type MockGateway } from "@switchboard/mock";
import { MOCK_GATEWAY_ORIGIN } from "@switchboard/codegen";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { operationCodeSamples, type CodeSample } from "../src/code-samples/code-samples.js";
import type { OperationModel, SiteModel, VendorModel } from "../src/site-model.js";
import { existsSync } from "node:fs";
import { parseCurlWords, realModel, ROOT, shellWordsOf } from "./support.js";

const run = promisify(execFile);

/**
 * Where a sample is placed (virtually, to type-check; its imports resolved from there, to run):
 * the facade and the official SDKs from this package, a vendor's generated client from the
 * facade's package, which depends on every vendor package (so a new vendor needs nothing here).
 */
const SAMPLE_HOME: Readonly<Record<string, string>> = {
  facade: import.meta.dirname,
  client: path.join(ROOT, "packages/sdk"),
};
const homeOf = (sample: CodeSample) => SAMPLE_HOME[sample.id] ?? import.meta.dirname;

/** Samples that cannot be pointed at the gateway: the official SDKs without a base-URL option. */
const runnable = (sample: CodeSample) =>
  sample.id === "curl" || sample.id === "facade" || sample.id === "client";

let model: SiteModel;
let all: { key: string; vendor: VendorModel; operation: OperationModel; sample: CodeSample }[];
beforeAll(async () => {
  model = await realModel();
  all = model.vendors.flatMap((vendor) =>
    vendor.operations.flatMap((operation) =>
      operationCodeSamples(vendor, operation).map((sample) => ({
        key: `${vendor.name}.${operation.operationId}.${sample.id}`,
        vendor,
        operation,
        sample,
      })),
    ),
  );
});

/** Type errors of TypeScript files placed (virtually) at the given paths. */
function typeErrors(files: ReadonlyMap<string, string>): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [path.join(import.meta.dirname, "../node_modules/@types")],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = files.get(file);
    return text === undefined
      ? getSourceFile.call(host, file, language, ...rest)
      : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
}

function virtualFile(key: string, sample: CodeSample): string {
  return path.join(homeOf(sample), `__sample-${key.replace(/[^\w-]+/g, "-")}.ts`);
}

describe("the TypeScript samples", () => {
  test("all of them (facade, generated client, official Node SDKs) type-check", () => {
    const typescript = all.filter(({ sample }) => sample.language === "typescript");
    const ids = new Set(typescript.map(({ sample }) => sample.id));
    expect(ids).toEqual(new Set(["facade", "client", "sdk-twilio-node"]));
    const files = new Map(
      typescript.map(({ key, sample }) => [
        virtualFile(key, sample),
        `${sample.source}\nexport {};\n`,
      ]),
    );
    expect(typeErrors(files)).toEqual([]);
  }, 120_000);

  test("the type check can fail: a wrong body in the generated client and in Twilio's helper", () => {
    const broken = all
      .filter(({ sample }) => sample.id === "client" || sample.id === "sdk-twilio-node")
      .filter(({ vendor }) => vendor.name === "twilio-flex")
      .map(
        ({ key, sample }) =>
          [
            virtualFile(`${key}-broken`, sample),
            `${sample.source.replace(/Status: "closed"|status: "closed"/, (field) => field.replace("closed", "opened"))}\nexport {};\n`,
          ] as const,
      );
    expect(broken).toHaveLength(2);
    const errors = typeErrors(new Map(broken));
    for (const [file] of broken) expect(errors.join("\n")).toContain(file);
    expect(errors.join("\n")).toMatch(/"opened"/);
  }, 120_000);
});

describe("run against the mock gateway", () => {
  let gateway: MockGateway;
  let folder: string;
  beforeAll(async () => {
    gateway = await startMockGateway({ port: 0 });
    folder = await mkdtemp(path.join(tmpdir(), "switchboard-docs-samples-"));
  });
  afterAll(async () => {
    await gateway?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  /** The sample, sent to this test's gateway instead of the one of `pnpm start`. */
  const onGateway = (source: string) => source.replaceAll(MOCK_GATEWAY_ORIGIN, gateway.url);

  /** Runs a sample and returns what it printed; the journal must show one answered request. */
  async function journaled(
    { vendor, operation }: { vendor: VendorModel; operation: OperationModel },
    send: () => Promise<{ stdout: string; stderr: string }>,
  ) {
    const before = gateway.journal.list().length;
    const output = await send();
    const entries = gateway.journal.list().slice(before);
    expect(entries.map((e) => [e.operationId, e.method.toLowerCase()])).toEqual([
      [operation.operationId, operation.method],
    ]);
    expect(entries[0]!.vendor === vendor.name || entries[0]!.vendor === vendor.key).toBe(true);
    return { ...output, status: entries[0]!.status };
  }

  test("every curl sample, run by the real curl (or read and sent with fetch), gets a 2xx", async () => {
    const curls = all.filter(({ sample }) => sample.id === "curl");
    expect(curls.length).toBe(model.vendors.flatMap((v) => v.operations).length);
    for (const entry of curls) {
      const { stdout, status } = await journaled(entry, () =>
        sendCurl(onGateway(entry.sample.source)),
      );
      expect(stdout, entry.key).toMatch(/^2\d\d$/);
      expect(status, entry.key).toBe(Number(stdout));
    }
  }, 120_000);

  test("every facade and generated-client sample runs to a 2xx and prints the answer", async () => {
    const samples = all.filter(
      ({ sample }) => sample.language === "typescript" && runnable(sample),
    );
    expect(samples.length).toBe(2 * model.vendors.flatMap((v) => v.operations).length);
    for (const entry of samples) {
      const file = path.join(folder, `${entry.key}.mjs`);
      await writeFile(file, runnableModule(onGateway(entry.sample.source), homeOf(entry.sample)));
      const { stdout, stderr, status } = await journaled(entry, () =>
        run(process.execPath, [file], { cwd: folder }),
      );
      expect(stderr, entry.key).toBe("");
      expect(status, entry.key).toBeGreaterThanOrEqual(200);
      expect(status, entry.key).toBeLessThan(300);
      expect(stdout.trim(), entry.key).not.toBe("");
      if (entry.sample.id === "client")
        expect(stdout, entry.key).toMatch(new RegExp(`^${status} `));
    }
  }, 120_000);
});

/** The status curl printed for a sample, or without curl, fetch's for the same request. */
async function sendCurl(command: string): Promise<{ stdout: string; stderr: string }> {
  if (existsSync("/usr/bin/curl")) {
    const silent = `${command} \\\n  --silent --show-error --output /dev/null --write-out '%{http_code}'`;
    return run("/bin/sh", ["-c", silent]);
  }
  const curl = parseCurlWords(shellWordsOf(command));
  const body =
    curl.dataUrlencode.length > 0
      ? curl.dataUrlencode
          .map((field) => {
            const equals = field.indexOf("=");
            return `${field.slice(0, equals)}=${encodeURIComponent(field.slice(equals + 1))}`;
          })
          .join("&")
      : curl.data.join("&") || undefined;
  const response = await fetch(curl.url, { method: curl.method, headers: curl.headers, body });
  return { stdout: String(response.status), stderr: "" };
}

/** The sample as an ES module that runs from anywhere: types stripped, imports resolved from `home`. */
function runnableModule(source: string, home: string): string {
  const require = createRequire(path.join(home, "package.json"));
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return js.replace(/from "([^".][^"]*)"/g, (_, specifier: string) => {
    return `from ${JSON.stringify(pathToFileURL(require.resolve(specifier)).href)}`;
  });
}
