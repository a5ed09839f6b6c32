import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import {
  parsedSpecPath,
  readSpecDocument,
  writeParsedSpec,
} from "../../src/vendors/spec-document.js";

const YAML = "openapi: 3.1.0\ninfo:\n  title: Mini\n  version: 1.0.0\npaths: {}\n";
const folders: string[] = [];
let file: string;
beforeEach(async () => {
  const folder = await mkdtemp(path.join(tmpdir(), "switchboard-spec-document-"));
  folders.push(folder);
  file = path.join(folder, "mini.yaml");
  await writeFile(file, YAML);
});
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const MINI = { openapi: "3.1.0", info: { title: "Mini", version: "1.0.0" }, paths: {} };

describe("parsedSpecPath", () => {
  test("sits beside the YAML", () => {
    expect(parsedSpecPath("/specs/twilio-flex.yaml")).toBe("/specs/twilio-flex.parsed.json");
  });
});

describe("readSpecDocument", () => {
  test("parses the YAML when nothing is stored", async () => {
    expect(await readSpecDocument(file)).toStrictEqual(MINI);
  });

  test("reads the stored copy when it matches the YAML", async () => {
    expect(await writeParsedSpec(file)).toBe(true);
    // Mark the stored copy, to tell it from a fresh parse.
    const stored = JSON.parse(await readFile(parsedSpecPath(file), "utf8"));
    stored.document.info.title = "From the stored copy";
    await writeFile(parsedSpecPath(file), JSON.stringify(stored));
    expect(await readSpecDocument(file)).toMatchObject({ info: { title: "From the stored copy" } });
  });

  test("an edited YAML is never served from a stale stored copy", async () => {
    await writeParsedSpec(file);
    await writeFile(file, YAML.replace("Mini", "Edited"));
    expect(await readSpecDocument(file)).toMatchObject({ info: { title: "Edited" } });
  });

  test.each([
    { name: "mini.json", text: JSON.stringify(MINI) },
    { name: "mini.yml", text: YAML },
  ])("$name: parsed as it is, with no stored copy to look for", async ({ name, text }) => {
    const other = path.join(path.dirname(file), name);
    await writeFile(other, text);
    expect(await readSpecDocument(other)).toStrictEqual(MINI);
  });

  test("a stored copy that is not JSON is ignored", async () => {
    await writeFile(parsedSpecPath(file), "{ not json");
    expect(await readSpecDocument(file)).toStrictEqual(MINI);
  });
});

describe("writeParsedSpec", () => {
  test("stores the document as YAML parses it", async () => {
    expect(await writeParsedSpec(file)).toBe(true);
    const stored = JSON.parse(await readFile(parsedSpecPath(file), "utf8"));
    expect(stored.document).toStrictEqual(MINI);
  });

  test("stores nothing when JSON cannot hold the document", async () => {
    await writeFile(file, `${YAML}x-limit: .inf\n`);
    expect(await writeParsedSpec(file)).toBe(false);
    await expect(readFile(parsedSpecPath(file))).rejects.toThrow(/ENOENT/);
    expect(await readSpecDocument(file)).toMatchObject({ "x-limit": Infinity });
  });
});
