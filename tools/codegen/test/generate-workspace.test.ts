import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Manifest } from "@switchboard/client-runtime/spec";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { TSCONFIG, TSCONFIG_BUILD } from "../src/render-package.js";
import {
  contentsOf,
  generate,
  relativePaths,
  removeWorkspace,
  scratchWorkspace,
} from "./support/fixture-workspace.js";

let root: string;
beforeEach(async () => {
  root = await scratchWorkspace();
});
afterEach(() => removeWorkspace(root));

describe("generateWorkspace", () => {
  test("writes the vendor package whole, the manifest, the facade's registry and the README table", async () => {
    expect(relativePaths(root, await generate(root))).toEqual([
      "packages/mini/src/index.ts",
      "packages/mini/src/client.ts",
      "packages/mini/src/generated/openapi.json",
      "packages/mini/src/generated/schema.ts",
      "packages/mini/src/generated/metadata.ts",
      "packages/mini/src/generated/validators.ts",
      "packages/mini/src/generated/response-validators.ts",
      "packages/mini/package.json",
      "packages/mini/tsconfig.json",
      "packages/mini/tsconfig.build.json",
      "packages/mini/README.md",
      "packages/mini/LICENSE",
      "manifest.json",
      "packages/sdk/src/generated/vendors.ts",
      "packages/sdk/package.json",
      // specs/README.md has no vendor table markers: it is not written.
      "README.md",
    ]);
  });

  test("is deterministic", async () => {
    expect(await generate(root)).toEqual(await generate(root));
  });

  test("the manifest describes the vendor from redocly.yaml and its spec", async () => {
    const manifest = JSON.parse(
      contentsOf(root, await generate(root), "manifest.json"),
    ) as Manifest;
    expect(manifest.vendors).toEqual([
      {
        name: "mini",
        api: "mini@v1",
        spec: "specs/mini.yaml",
        bundle: "packages/mini/src/generated/openapi.json",
        key: "mini",
        packageName: "@switchboard/mini",
        packageDir: "packages/mini",
        typeName: "Mini",
        clientFactory: "createMiniClient",
        title: "Mini",
        version: "v1",
        errorFormat: "problem",
        auth: {
          scheme: "MiniBasic",
          kind: "basic",
          options: { secret: "secretKey", username: "accountId" },
        },
        serverVariables: [{ name: "host", option: "host", default: "api.mini.test" }],
        operations: [
          { operationId: "listThings", method: "get", path: "/things" },
          { operationId: "updateThing", method: "post", path: "/things/{id}" },
        ],
      },
    ]);
  });

  describe("the vendor package", () => {
    test("package.json: a new package starts at 0.0.0", async () => {
      const json = JSON.parse(contentsOf(root, await generate(root), "packages/mini/package.json"));
      expect(json).toMatchObject({
        name: "@switchboard/mini",
        version: "0.0.0",
        description:
          "Typed client for the Mini API, generated from specs/mini.yaml (openapi-typescript types + openapi-fetch)",
        exports: {
          "./openapi.json": "./src/generated/openapi.json",
          // Not from the index: a consumer that never checks responses never bundles them.
          "./response-validators": {
            types: "./dist/generated/response-validators.d.ts",
            default: "./dist/generated/response-validators.js",
          },
        },
        repository: { directory: "packages/mini" },
        dependencies: { "@switchboard/client-runtime": "workspace:^", "openapi-fetch": "catalog:" },
      });
    });

    // changesets bumps the version in the file; regenerating must not undo it.
    test("package.json: the version in an existing package.json is kept", async () => {
      await mkdir(path.join(root, "packages/mini"), { recursive: true });
      await writeFile(
        path.join(root, "packages/mini/package.json"),
        JSON.stringify({ name: "@switchboard/mini", version: "1.2.3", description: "hand-edited" }),
      );
      const json = JSON.parse(contentsOf(root, await generate(root), "packages/mini/package.json"));
      expect(json.version).toBe("1.2.3");
      expect(json.description).toContain("Typed client for the Mini API");
    });

    test("tsconfig files: the shared settings, no Node types", async () => {
      const files = await generate(root);
      expect(contentsOf(root, files, "packages/mini/tsconfig.json")).toBe(TSCONFIG);
      expect(JSON.parse(TSCONFIG)).toEqual({
        extends: "../../tsconfig.base.json",
        compilerOptions: { types: [] },
      });
      expect(contentsOf(root, files, "packages/mini/tsconfig.build.json")).toBe(TSCONFIG_BUILD);
    });

    test("LICENSE: the repository's", async () => {
      const license = await readFile(path.join(root, "LICENSE"), "utf8");
      expect(contentsOf(root, await generate(root), "packages/mini/LICENSE")).toBe(license);
    });

    test("src/index.ts: the factory, its types, the spec's types, metadata and validators", async () => {
      const index = contentsOf(root, await generate(root), "packages/mini/src/index.ts");
      expect(index).toContain("createMiniClient, type MiniClient, type MiniClientOptions");
      expect(index).toContain(
        'export type { components, operations, paths } from "./generated/schema.js";',
      );
      expect(index).toContain('export { metadata } from "./generated/metadata.js";');
      expect(index).toContain('export { requestValidators } from "./generated/validators.js";');
      expect(index).not.toContain("response-validators");
    });

    test("src/generated/: the bundled spec, its types, metadata and validators", async () => {
      const files = await generate(root);
      const generated = (name: string) =>
        contentsOf(root, files, `packages/mini/src/generated/${name}`);
      expect(JSON.parse(generated("openapi.json")).paths["/things/{id}"].post.operationId).toBe(
        "updateThing",
      );
      expect(generated("schema.ts")).toContain('Status: "open" | "closed";');
      expect(generated("metadata.ts")).toContain("as const satisfies SpecMetadata;");
      expect(generated("validators.ts")).toContain(
        'export const requestValidators: RequestValidators<"listThings" | "updateThing"> = {',
      );
      // Mini's responses have no body: every operation is there, without a validator.
      expect(generated("response-validators.ts")).toContain(
        [
          'export const responseValidators: ResponseValidators<"listThings" | "updateThing"> = {',
          '  "listThings": {},',
          '  "updateThing": {},',
          "};",
        ].join("\n"),
      );
    });

    test("README.md: install, a runnable example with the vendor's option names, the operations", async () => {
      const readme = contentsOf(root, await generate(root), "packages/mini/README.md");
      expect(readme).toMatch(/^# @switchboard\/mini\n/);
      expect(readme).toContain("A typed client for the Mini API, generated");
      expect(readme).toContain("npm install @switchboard/mini");
      expect(readme).toContain(
        [
          "const mini = createMiniClient({",
          '  accountId: process.env.MINI_ACCOUNT_ID ?? "your_account_id",',
          '  secretKey: process.env.MINI_SECRET_KEY ?? "your_secret_key",',
          '  baseUrl: "http://127.0.0.1:4010/mini",',
          "});",
        ].join("\n"),
      );
      expect(readme).toContain("- `host` (`{host}`, default `api.mini.test`)");
      expect(readme).toContain("| `updateThing` | `POST /things/{id}` |");
      expect(readme).toContain(
        "`@switchboard/mini/response-validators` exports `responseValidators`",
      );
      // Prose is wrapped to the repository's 100 columns (the generated-file comment aside).
      const prose = readme.split("\n").filter((line) => !line.startsWith("<!--"));
      for (const line of prose) expect(line.length).toBeLessThanOrEqual(100);
    });
  });

  describe("the facade", () => {
    test("the registry imports the vendor's client, metadata, validators and operations, and its response validators when asked", async () => {
      const registry = contentsOf(
        root,
        await generate(root),
        "packages/sdk/src/generated/vendors.ts",
      );
      expect(registry).toContain(
        [
          "import {",
          "  createMiniClient,",
          "  metadata as miniMetadata,",
          "  requestValidators as miniValidators,",
          "  type operations as MiniOperations,",
          '} from "@switchboard/mini";',
        ].join("\n"),
      );
      expect(registry).toContain(
        [
          "  mini: {",
          "    createClient: createMiniClient,",
          "    metadata: miniMetadata,",
          "    validators: miniValidators,",
          "    responseValidators: () =>",
          '      import("@switchboard/mini/response-validators").then(',
          "        (module) => module.responseValidators,",
          "      ),",
          "  },",
        ].join("\n"),
      );
      // Only the lazy import names the subpath: nothing loads it with the registry.
      expect(registry.match(/response-validators/g)).toHaveLength(1);
      expect(registry).toContain("export interface VendorOperations {\n  mini: MiniOperations;\n}");
    });

    test("package.json: vendor dependencies added and removed, everything else kept", async () => {
      const before = JSON.parse(
        await readFile(path.join(root, "packages/sdk/package.json"), "utf8"),
      );
      const after = JSON.parse(contentsOf(root, await generate(root), "packages/sdk/package.json"));
      expect(after).toEqual({
        ...before,
        dependencies: {
          "@switchboard/client-runtime": "workspace:^",
          "@switchboard/mini": "workspace:^",
          // "@switchboard/retired" is no vendor of redocly.yaml any more.
          "openapi-fetch": "catalog:",
        },
      });
      expect(Object.keys(after)).toEqual(Object.keys(before));
    });

    test("nothing is written for a workspace without a facade", async () => {
      await rm(path.join(root, "packages/sdk"), { recursive: true });
      const paths = relativePaths(root, await generate(root));
      expect(paths.filter((file) => file.startsWith("packages/sdk/"))).toEqual([]);
      expect(paths).toContain("manifest.json");
    });
  });

  test("README.md: the table between the markers is rewritten, the rest kept", async () => {
    const before = await readFile(path.join(root, "README.md"), "utf8");
    const after = contentsOf(root, await generate(root), "README.md");
    const [head, rest = ""] = before.split("<!-- vendors:start -->");
    const tail = rest.split("<!-- vendors:end -->")[1];
    expect(after.startsWith(`${head}<!-- vendors:start -->\n`)).toBe(true);
    expect(after.endsWith(`<!-- vendors:end -->${tail}`)).toBe(true);
    expect(after).not.toContain("A stale table");
    expect(after).toMatch(
      /\| Mini +\| `specs\/mini\.yaml` \| `@switchboard\/mini` \| `sb\.mini` \| `\/mini` +\| `listThings` \(`GET \/things`\), `updateThing` \(`POST \/things\/\{id\}`\) \|/,
    );
  });
});
