import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Manifest } from "@switchboard/client-runtime/spec";
import { afterAll, describe, expect, test } from "vitest";
import type { VendorSource } from "../../src/types.js";
import {
  loadFolderVendors,
  loadManifestVendors,
  loadSpecVendors,
} from "../../src/vendors/load-vendors.js";
import { readSpecDocument } from "../../src/vendors/spec-document.js";
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

  test.each([
    { why: "an empty folder", files: [] },
    { why: "a folder of other files", files: ["README.md", "mini.yaml.bak", "mini.parsed.json"] },
  ])("$why: an error naming the folder and the file names served", async ({ files }) => {
    const folder = await tempFolder();
    for (const file of files) await writeFile(path.join(folder, file), "openapi: 3.1.0\n");
    await expect(loadFolderVendors(folder)).rejects.toThrow(
      `No OpenAPI specs (*.yaml, *.yml, *.json) in ${folder}`,
    );
  });
});

describe("loadSpecVendors: a spec file, or a folder of them", () => {
  /** The mini spec as JSON, as a caller may have it. */
  async function miniJson(): Promise<string> {
    return JSON.stringify(await readSpecDocument(MINI_SPEC));
  }

  test.each(["acme.yaml", "acme.yml", "acme.json"])(
    "%s: one vendor named after the file, described by its info",
    async (file) => {
      const folder = await tempFolder();
      const spec = path.join(folder, file);
      await writeFile(
        spec,
        file.endsWith(".json") ? await miniJson() : await readFile(MINI_SPEC, "utf8"),
      );
      // Another spec beside it is not served: the file, not its folder, was asked for.
      await copyFile(MINI_SPEC, path.join(folder, "other.yaml"));
      const vendors = await loadSpecVendors(spec);
      expect(vendors.map(described)).toStrictEqual([
        { name: "acme", title: "Mini Vendor", version: "1.2.3", errorFormat: "twilio" },
      ]);
      expect(vendors[0]?.document).toMatchObject({ paths: { "/v1/Things/{Sid}.json": {} } });
    },
  );

  test("a folder: every .yaml, .yml and .json file, sorted; never a pre-parsed copy", async () => {
    const folder = await tempFolder();
    await copyFile(MINI_SPEC, path.join(folder, "c-yaml.yaml"));
    await copyFile(MINI_SPEC, path.join(folder, "a-yml.yml"));
    await writeFile(path.join(folder, "b-json.json"), await miniJson());
    await writeFile(path.join(folder, "c-yaml.parsed.json"), "{}");
    await mkdir(path.join(folder, "nested.yaml"));
    const vendors = await loadSpecVendors(folder);
    expect(vendors.map(({ name }) => name)).toStrictEqual(["a-yml", "b-json", "c-yaml"]);
  });

  test("the fixture the CLI tests serve: the vendor mini", async () => {
    const vendors = await loadSpecVendors(MINI_SPEC);
    expect(vendors.map(described)).toStrictEqual([
      { name: "mini", title: "Mini Vendor", version: "1.2.3", errorFormat: "twilio" },
    ]);
  });

  test.each<{ why: string; make: (folder: string) => Promise<string>; error: string }>([
    {
      why: "a path that does not exist",
      make: async (folder) => path.join(folder, "nope.yaml"),
      error:
        "nope.yaml does not exist; give an OpenAPI spec file (.yaml, .yml or .json) or a folder of them",
    },
    {
      why: "a path under a file",
      make: async (folder) => {
        await copyFile(MINI_SPEC, path.join(folder, "mini.yaml"));
        return path.join(folder, "mini.yaml", "more.yaml");
      },
      error: "more.yaml does not exist; give an OpenAPI spec file",
    },
    {
      why: "a file of another extension",
      make: async (folder) => {
        await writeFile(path.join(folder, "notes.txt"), "openapi: 3.1.0\n");
        return path.join(folder, "notes.txt");
      },
      error: "notes.txt is not an OpenAPI spec file (.yaml, .yml or .json) or a folder of them",
    },
    {
      why: "two files for one prefix",
      make: async (folder) => {
        await copyFile(MINI_SPEC, path.join(folder, "acme.yaml"));
        await writeFile(path.join(folder, "acme.json"), await miniJson());
        return folder;
      },
      error: "has two specs for the prefix /acme (acme.json, acme.yaml); keep one",
    },
    {
      why: "a spec that is not JSON",
      make: async (folder) => {
        await writeFile(path.join(folder, "broken.json"), "{ not json");
        return path.join(folder, "broken.json");
      },
      error: "broken.json cannot be read as OpenAPI: ",
    },
  ])("$why: an error naming the path and the rule", async ({ make, error }) => {
    const given = await make(await tempFolder());
    await expect(loadSpecVendors(given)).rejects.toThrow(error);
    await expect(loadSpecVendors(given)).rejects.toThrow(path.basename(given));
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
