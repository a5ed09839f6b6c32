import path from "node:path";
import { parseArgs } from "node:util";
import type { GeneratedFile } from "./generate.js";

const USAGE = `Usage: switchboard-codegen [--check] [--config redocly.yaml]
       switchboard-codegen --spec <file.yaml> --out <src folder> [--check]

The first form generates everything the specs make, from the redocly.yaml at or above this
folder: each vendor package (all but its test/), manifest.json, the facade's vendor registry
and dependencies, the mock's vendor types, and the vendor tables of the READMEs. The second
generates one spec's client source into a folder of its own (a test fixture). --check writes nothing and fails
when a file differs from what the specs produce.`;

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    config: { type: "string" },
    spec: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if ((values.spec === undefined) !== (values.out === undefined)) {
  console.error(`switchboard-codegen: --spec and --out go together\n\n${USAGE}`);
  process.exit(2);
}

// Loaded once the arguments are known good: Redocly, openapi-typescript and prettier take a while.
const { findStaleFiles, generateVendorSources, generateWorkspace, writeGeneratedFiles } =
  await import("./generate.js");
const { findWorkspaceConfig, loadWorkspace } = await import("./workspace.js");
const { removePackages, retiredVendorPackages } = await import("./retired-packages.js");

const cwd = process.cwd();
const configPath = values.config ?? findWorkspaceConfig(cwd);
const workspace = await loadWorkspace(configPath);
const files: GeneratedFile[] =
  values.spec !== undefined && values.out !== undefined
    ? (
        await generateVendorSources(
          {
            api: path.basename(values.spec).replace(/\.ya?ml$/, ""),
            specFile: path.resolve(values.spec),
            spec: values.spec,
            packageDir: path.resolve(values.out, ".."),
          },
          workspace.config,
          path.resolve(values.out),
        )
      ).files
    : await generateWorkspace(workspace);
const relative = (file: string) => path.relative(cwd, file);
const regenerate =
  values.spec === undefined
    ? "Run `pnpm generate` and commit the result."
    : `Run \`switchboard-codegen --spec ${values.spec} --out ${values.out}\` again.`;

// A vendor taken out of redocly.yaml leaves its generated package behind; it goes too.
const retired = values.spec === undefined ? await retiredVendorPackages(workspace) : [];
if (values.check) {
  const stale = [...(await findStaleFiles(files)), ...retired];
  if (stale.length > 0) {
    console.error(
      `Generated files differ from the specs:\n${stale.map((file) => `  ${relative(file)}`).join("\n")}\n${regenerate}`,
    );
    process.exit(1);
  }
  console.log(`${files.length} generated files match the specs.`);
} else {
  await writeGeneratedFiles(files);
  await removePackages(retired);
  for (const dir of retired)
    console.log(`removed ${relative(dir)}: its API is not in redocly.yaml`);
  console.log(`generated ${files.length} files`);
}
