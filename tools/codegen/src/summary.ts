#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractMetadata } from "./render-metadata.js";
import { loadWorkspace } from "./targets.js";

// What `pnpm start` prints after the build: every vendor API, its package and its operations.
const root = path.resolve(import.meta.dirname, "../../..");
const { targets } = await loadWorkspace(path.join(root, "redocly.yaml"));

const readJson = async (file: string) => JSON.parse(await readFile(file, "utf8"));
const lines: string[] = [];
let operationCount = 0;
for (const target of targets) {
  const metadata = extractMetadata(await readJson(path.join(target.outDir, "openapi.json")));
  const packageDir = path.dirname(path.dirname(target.outDir));
  const { name } = await readJson(path.join(packageDir, "package.json"));
  lines.push("", `  ${metadata.title} (${metadata.version})`, `    package  ${name}`);
  lines.push(`    server   ${metadata.servers[0]?.url ?? "(none)"}`);
  for (const [operationId, { method, path: route }] of Object.entries(metadata.operations)) {
    lines.push(`    ${method.toUpperCase().padEnd(6)} ${route.padEnd(52)} ${operationId}`);
    operationCount += 1;
  }
}
console.log(
  `Switchboard: ${targets.length} vendor APIs, ${operationCount} operations, clients built.`,
);
console.log(lines.join("\n"));
