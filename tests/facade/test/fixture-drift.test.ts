/**
 * The fixture vendor's client source (test/fixtures/acme/) is what codegen makes of
 * test/fixtures/acme.yaml today, as `switchboard-codegen --spec --out` writes it. After an
 * edit to the spec or to codegen, regenerate from the repository root with {@link REGENERATE}.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findWorkspaceConfig, generateVendorSources, loadWorkspace } from "@switchboard/codegen";
import { expect, test } from "vitest";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const SPEC = path.join(FIXTURES, "acme.yaml");
const OUT = path.join(FIXTURES, "acme");
const REGENERATE =
  "node tools/codegen/bin/switchboard-codegen.js --spec tests/facade/test/fixtures/acme.yaml --out tests/facade/test/fixtures/acme";

test("the committed fixture client is what codegen generates from the fixture spec", async () => {
  const configPath = findWorkspaceConfig(FIXTURES);
  const { config } = await loadWorkspace(configPath);
  const { vendor, files } = await generateVendorSources(
    {
      api: "acme",
      specFile: SPEC,
      spec: path.relative(path.dirname(configPath), SPEC).split(path.sep).join("/"),
      packageDir: FIXTURES,
    },
    config,
    OUT,
  );
  expect(vendor).toMatchObject({ key: "acme", clientFactory: "createAcmeClient" });
  const committed = readdirSync(OUT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  expect(committed.sort(), `files differ; run ${REGENERATE}`).toEqual(
    files.map((file) => file.path).sort(),
  );
  for (const file of files) {
    expect(
      readFileSync(file.path, "utf8"),
      `${path.relative(FIXTURES, file.path)} is stale; run ${REGENERATE}`,
    ).toBe(file.contents);
  }
});
