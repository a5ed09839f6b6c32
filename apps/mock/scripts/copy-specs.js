// The gateway ships the specs it serves: copy the workspace's specs/*.yaml into the package,
// each with its pre-parsed copy (runs after tsc, which builds dist/).
import { cp, readdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { writeParsedSpec } from "../dist/spec-document.js";

const from = new URL("../../../specs/", import.meta.url);
const to = new URL("../specs/", import.meta.url);
await rm(to, { recursive: true, force: true });
for (const file of await readdir(from)) {
  if (!file.endsWith(".yaml")) continue;
  await cp(new URL(file, from), new URL(file, to));
  await writeParsedSpec(fileURLToPath(new URL(file, to)));
}
