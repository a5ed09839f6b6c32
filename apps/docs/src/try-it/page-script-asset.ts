import { readFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";

/** The page script's source: the same file from `src/` and from the compiled `lib/`. */
export const PAGE_SCRIPT_SOURCE = path.resolve(
  import.meta.dirname,
  "../../src/try-it/page-script.ts",
);

/** `assets/try-it.js`: the page script, transpiled alone (it imports nothing) to a module. */
export async function tryItScript(): Promise<string> {
  const source = await readFile(PAGE_SCRIPT_SOURCE, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: "try-it.ts",
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      removeComments: false,
    },
  });
  if (/^\s*import\s/m.test(outputText))
    throw new Error("the try-it page script must import nothing");
  return outputText;
}
