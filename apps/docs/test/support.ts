import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  isHttpMethod,
  type JsonObject,
  type Manifest,
  type VendorManifest,
} from "@switchboard/client-runtime/spec";
import { mockGuideLinks, mockReadmePath } from "../src/mock-page.js";
import { buildSiteModel, type SiteModel } from "../src/site-model.js";
import { findRepositoryRoot, loadVendorSpecs } from "../src/vendor-specs.js";

/** The repository the tests read: its manifest and bundled specs are what the site is built from. */
export const ROOT = findRepositoryRoot(import.meta.dirname);

/** The mock's README, the source of the mock page, read straight off the disk. */
export const mockReadme = readFileSync(mockReadmePath(ROOT), "utf8");

/** Its sections' links, as the landing page takes them. */
export const mockGuide = mockGuideLinks(mockReadme);

/** `manifest.json`, read straight off the disk. */
export const manifest = JSON.parse(
  readFileSync(path.join(ROOT, "manifest.json"), "utf8"),
) as Manifest;

/** Every vendor of the manifest with its bundled spec, read straight off the disk. */
export const bundledSpecs: readonly { vendor: VendorManifest; document: JsonObject }[] =
  manifest.vendors.map((vendor) => ({
    vendor,
    document: JSON.parse(readFileSync(path.join(ROOT, vendor.bundle), "utf8")) as JsonObject,
  }));

/** The `[method, operation]` entries of a path item, read off its keys. */
export function pathItemOperations(pathItem: unknown): [string, JsonObject][] {
  return Object.entries(pathItem as JsonObject)
    .filter(([key]) => isHttpMethod(key))
    .map(([method, operation]) => [method, operation as JsonObject]);
}

let model: Promise<SiteModel> | undefined;

/** The site model of the repository's real specs (loaded once per test file). */
export function realModel(): Promise<SiteModel> {
  model ??= loadVendorSpecs(ROOT).then(buildSiteModel);
  return model;
}

/**
 * The argument words `/bin/sh` passes to `curl` for a command as printed: the shell itself
 * reads the quoting and the ` \` line continuations, as it will when the command is pasted.
 */
export function shellWordsOf(command: string): string[] {
  const output = execFileSync(
    "/bin/sh",
    ["-c", `curl() { for word in "$@"; do printf '%s\\0' "$word"; done; }\n${command}`],
    { encoding: "utf8" },
  );
  return output.split("\0").slice(0, -1);
}

export interface ParsedCurl {
  method: string;
  url: string;
  headers: Record<string, string>;
  data: string[];
  dataUrlencode: string[];
}

/** The options our curl examples use, read off shell words; anything else is an error. */
export function parseCurlWords(words: readonly string[]): ParsedCurl {
  const parsed: ParsedCurl = { method: "", url: "", headers: {}, data: [], dataUrlencode: [] };
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const next = () => {
      const value = words[++index];
      if (value === undefined) throw new Error(`${word} needs a value`);
      return value;
    };
    if (word === "-X") parsed.method = next();
    else if (word === "-H") {
      const header = next();
      const colon = header.indexOf(":");
      parsed.headers[header.slice(0, colon)] = header.slice(colon + 1).trim();
    } else if (word === "--data") parsed.data.push(next());
    else if (word === "--data-urlencode") parsed.dataUrlencode.push(next());
    else if (word.startsWith("-")) throw new Error(`unexpected curl option ${word}`);
    else if (parsed.url === "") parsed.url = word;
    else throw new Error(`second URL ${word}`);
  }
  return parsed;
}

/** The form body curl sends for `--data-urlencode name=value` words, decoded again. */
export function decodeDataUrlencode(fields: readonly string[]): [string, string][] {
  return fields.map((field) => {
    const equals = field.indexOf("=");
    // curl sends the name as given (already encoded) and encodes the value.
    return [
      new URLSearchParams(`${field.slice(0, equals)}=`).keys().next().value ?? "",
      field.slice(equals + 1),
    ];
  });
}
