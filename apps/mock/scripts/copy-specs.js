// @ts-check
// The gateway ships the specs it serves: copy each spec the workspace's manifest lists into the
// package, with its pre-parsed copy, and the manifest beside them (runs after tsc builds dist/).
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeParsedSpec } from "../dist/vendors/spec-document.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const to = fileURLToPath(new URL("../specs/", import.meta.url));
const manifestFile = path.join(root, "manifest.json");
/** @type {import("@switchboard/client-runtime/spec").Manifest} */
const manifest = JSON.parse(await readFile(manifestFile, "utf8"));

await rm(to, { recursive: true, force: true });
await mkdir(to, { recursive: true });
for (const vendor of manifest.vendors) {
  const copy = path.join(to, path.basename(vendor.spec));
  await copyFile(path.join(root, vendor.spec), copy);
  await writeParsedSpec(copy);
}
await copyFile(manifestFile, path.join(to, "manifest.json"));
