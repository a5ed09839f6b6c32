import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { findStaleFiles, generateApi, writeGeneratedFiles } from "./generate.js";
import { loadWorkspace } from "./targets.js";

const USAGE = `Usage: switchboard-codegen [--check] [--config redocly.yaml]

Generates src/generated/ of the package in the current folder (every package when run
from the workspace root) from its spec. --check writes nothing and fails when a
generated file differs from what the spec produces.`;

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    config: { type: "string" },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const cwd = process.cwd();
const configPath = values.config ?? findUp("redocly.yaml", cwd);
const { config, targets } = await loadWorkspace(configPath);
const own = targets.filter((target) => target.outDir.startsWith(cwd + path.sep));
const selected = own.length > 0 ? own : targets;

const files = (await Promise.all(selected.map((target) => generateApi(target, config)))).flat();
const relative = (file: string) => path.relative(cwd, file);

if (values.check) {
  const stale = await findStaleFiles(files);
  if (stale.length > 0) {
    console.error(
      `Generated code differs from the specs:\n${stale.map((file) => `  ${relative(file)}`).join("\n")}\nRun \`pnpm generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${files.length} generated files match ${selected.length} spec(s).`);
} else {
  await writeGeneratedFiles(files);
  for (const file of files) console.log(`generated ${relative(file.path)}`);
}

function findUp(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`No ${name} found above ${from}`);
  }
}
