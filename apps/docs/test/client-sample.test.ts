import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";
import { clientSample } from "../src/client-sample.js";
import { jsLiteral } from "../src/js-literal.js";
import type { SiteModel } from "../src/site-model.js";
import { manifest, realModel } from "./support.js";

let model: SiteModel;
beforeAll(async () => {
  model = await realModel();
});

/** Type errors of TypeScript files placed (virtually) in this package, so they resolve its deps. */
function typeErrors(files: Record<string, string>): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const virtual = new Map(
    Object.entries(files).map(([name, text]) => [path.resolve(import.meta.dirname, name), text]),
  );
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = virtual.get(file);
    return text === undefined
      ? getSourceFile.call(host, file, language, ...rest)
      : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
}

describe("the client samples", () => {
  test("exist for every vendor of the manifest, pointed at its gateway prefix", () => {
    expect(model.vendors.map((vendor) => vendor.name)).toEqual(manifest.vendors.map((v) => v.name));
    for (const vendor of manifest.vendors) {
      const sample = clientSample(model.vendors.find((v) => v.name === vendor.name)!)!;
      expect(sample).toContain(`import { createSwitchboard } from "@switchboard/sdk";`);
      expect(sample).toContain(`baseUrl: "http://127.0.0.1:4010/${vendor.name}"`);
      expect(sample).toMatch(new RegExp(`await sb\\.${vendor.key}\\.\\w+\\(`));
      // Placeholder credentials under the client's own option names.
      for (const option of [vendor.auth.options.secret, vendor.auth.options.username]) {
        if (option !== undefined) expect(sample).toMatch(new RegExp(`\\b${option}: "your_\\w+"`));
      }
    }
  });

  test("compile against @switchboard/sdk", () => {
    const files = Object.fromEntries(
      model.vendors.map((vendor) => [
        `__sample-${vendor.name}.ts`,
        `${clientSample(vendor)!}\nexport {};\n`,
      ]),
    );
    expect(typeErrors(files)).toEqual([]);
  }, 60_000);

  test("the type check can fail: a misspelt option or a wrong body is an error", () => {
    const twilio = model.vendors.find((v) => v.key === "twilioFlex")!;
    const sample = clientSample(twilio)!;
    const misspelt = typeErrors({
      "__sample-misspelt.ts": `${sample.replace("authToken", "authTokn")}\nexport {};\n`,
    });
    expect(misspelt.join("\n")).toMatch(/'authTokn' does not exist/);
    const wrongBody = typeErrors({
      "__sample-wrong-body.ts": `${sample.replace('Status: "closed"', 'Status: "open"')}\nexport {};\n`,
    });
    expect(wrongBody.join("\n")).toMatch(/"open"/);
  }, 60_000);
});

test.each([
  [{ Status: "closed" }, `{ Status: "closed" }`],
  [{ "odd-key": 1, ok: [true, null] }, `{ "odd-key": 1, ok: [true, null] }`],
  [[], "[]"],
  [{}, "{}"],
  ['it\'s "quoted"', `"it's \\"quoted\\""`],
])("jsLiteral(%j) is %s", (value, literal) => {
  expect(jsLiteral(value, 0)).toBe(literal);
});

test("jsLiteral breaks long values over indented lines", () => {
  expect(jsLiteral({ a: "x".repeat(50), b: { c: 1 } }, 0)).toBe(
    `{\n  a: "${"x".repeat(50)}",\n  b: { c: 1 },\n}`,
  );
});
