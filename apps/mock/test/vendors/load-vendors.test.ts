import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Manifest } from "@switchboard/client-runtime/spec";
import { afterAll, describe, expect, test } from "vitest";
import type { VendorSource } from "../../src/types.js";
import { loadFolderVendors, loadManifestVendors } from "../../src/vendors/load-vendors.js";
import { MINI_SPEC } from "../support/mini-vendor.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), "switchboard-mock-vendors-"));
  folders.push(folder);
  return folder;
}
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const described = ({ name, title, version, errorFormat }: VendorSource) => ({
  name,
  title,
  version,
  errorFormat,
});

describe("loadFolderVendors: a caller's own specs", () => {
  test("one vendor per *.yaml, sorted, named after the file, described by its info", async () => {
    const folder = await tempFolder();
    await copyFile(MINI_SPEC, path.join(folder, "zeta-mini.yaml"));
    await copyFile(MINI_SPEC, path.join(folder, "acme-telecom.yaml"));
    await writeFile(path.join(folder, "README.md"), "not a spec\n");
    await writeFile(path.join(folder, "old.yaml.bak"), "not a spec either\n");
    const vendors = await loadFolderVendors(folder);
    expect(vendors.map(described)).toStrictEqual(
      ["acme-telecom", "zeta-mini"].map((name) => ({
        name,
        title: "Mini Vendor",
        version: "1.2.3",
        errorFormat: "twilio",
      })),
    );
    expect(vendors[0]?.document).toMatchObject({ paths: { "/v1/Things/{Sid}.json": {} } });
  });

  test("x-switchboard.errorFormat wins over the detected format, as in codegen", async () => {
    const folder = await tempFolder();
    const spec = await readFile(MINI_SPEC, "utf8");
    await writeFile(
      path.join(folder, "mini.yaml"),
      `${spec}x-switchboard:\n  errorFormat: problem\n`,
    );
    const [vendor] = await loadFolderVendors(folder);
    expect(vendor?.errorFormat).toBe("problem");
  });

  test("a malformed x-switchboard is an error naming the spec", async () => {
    const folder = await tempFolder();
    const spec = await readFile(MINI_SPEC, "utf8");
    await writeFile(path.join(folder, "mini.yaml"), `${spec}x-switchboard:\n  errorFormat: xml\n`);
    await expect(loadFolderVendors(folder)).rejects.toThrow(
      `${path.join(folder, "mini.yaml")}: x-switchboard.errorFormat must be one of`,
    );
  });

  test("a spec codegen could not make a client of (no security, no operationId) is served", async () => {
    const folder = await tempFolder();
    await writeFile(
      path.join(folder, "bare.yaml"),
      "openapi: 3.1.0\ninfo:\n  title: Bare\n  version: '0'\npaths:\n  /ping:\n    get:\n      responses:\n        '204':\n          description: pong\n",
    );
    const vendors = await loadFolderVendors(folder);
    expect(vendors.map(described)).toStrictEqual([
      { name: "bare", title: "Bare", version: "0", errorFormat: "problem" },
    ]);
  });

  test("an empty folder is a clear error", async () => {
    const folder = await tempFolder();
    await expect(loadFolderVendors(folder)).rejects.toThrow(
      `No OpenAPI specs (*.yaml) in ${folder}`,
    );
  });

  test("a folder without *.yaml is the same error", async () => {
    const folder = await tempFolder();
    await writeFile(path.join(folder, "mini.yml"), "openapi: 3.1.0\n");
    await expect(loadFolderVendors(folder)).rejects.toThrow(
      `No OpenAPI specs (*.yaml) in ${folder}`,
    );
  });
});

describe("loadManifestVendors: the vendors this package ships", () => {
  /** A folder laid out as the build lays out specs/: the manifest and each spec it lists. */
  async function shippedFolder(manifest: Manifest): Promise<string> {
    const folder = await tempFolder();
    await writeFile(path.join(folder, "manifest.json"), JSON.stringify(manifest));
    for (const { spec } of manifest.vendors) {
      await copyFile(MINI_SPEC, path.join(folder, path.basename(spec)));
    }
    return folder;
  }
  const entry = (name: string, errorFormat: "fastapi" | "twilio" | "problem") =>
    ({
      name,
      spec: `specs/${name}.yaml`,
      title: `${name} title`,
      version: "v9",
      errorFormat,
    }) as Manifest["vendors"][number];

  test("the manifest's vendors in its order, described by the manifest", async () => {
    const folder = await shippedFolder({
      vendors: [entry("zeta", "problem"), entry("acme", "fastapi")],
    });
    const vendors = await loadManifestVendors(folder);
    expect(vendors.map(described)).toStrictEqual([
      { name: "zeta", title: "zeta title", version: "v9", errorFormat: "problem" },
      { name: "acme", title: "acme title", version: "v9", errorFormat: "fastapi" },
    ]);
    expect(vendors[1]?.document).toMatchObject({ info: { title: "Mini Vendor" } });
  });

  test("a spec the manifest lists but the folder lacks is an error naming it", async () => {
    const folder = await shippedFolder({ vendors: [entry("acme", "twilio")] });
    await rm(path.join(folder, "acme.yaml"));
    await expect(loadManifestVendors(folder)).rejects.toThrow("acme.yaml");
  });

  test("no manifest: an error naming it and the build that writes it", async () => {
    const folder = await tempFolder();
    await mkdir(path.join(folder, "empty"));
    await expect(loadManifestVendors(path.join(folder, "empty"))).rejects.toThrow(
      `Cannot read the vendor manifest ${path.join(folder, "empty", "manifest.json")} (build the package first`,
    );
  });

  test("the workspace's manifest describes its specs as a caller's folder of them would", async () => {
    const manifest = JSON.parse(
      await readFile(path.join(ROOT, "manifest.json"), "utf8"),
    ) as Manifest;
    const fromSpecs = await loadFolderVendors(path.join(ROOT, "specs"));
    const byName = new Map(fromSpecs.map((vendor) => [vendor.name, described(vendor)]));
    expect(manifest.vendors.length).toBeGreaterThan(0);
    for (const { name, title, version, errorFormat } of manifest.vendors) {
      expect(byName.get(name)).toStrictEqual({ name, title, version, errorFormat });
    }
  });
});
