import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  DECODED_FORM_MEDIA_TYPE,
  loadVendorSpecs,
  matchRoute,
  type VendorSpec,
} from "../src/vendor-spec.js";

const MINI = fileURLToPath(new URL("./fixtures/mini.yaml", import.meta.url));

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), "switchboard-mock-test-"));
  folders.push(folder);
  return folder;
}
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe("loadVendorSpecs", () => {
  let specs: VendorSpec[];
  let spec: VendorSpec;

  beforeAll(async () => {
    const folder = await tempFolder();
    await copyFile(MINI, path.join(folder, "zeta-mini.yaml"));
    await copyFile(MINI, path.join(folder, "acme-telecom.yaml"));
    await writeFile(path.join(folder, "README.md"), "not a spec\n");
    await writeFile(path.join(folder, "old.yaml.bak"), "not a spec either\n");
    specs = await loadVendorSpecs(folder);
    spec = specs[0]!;
  });

  test("one spec per *.yaml, sorted by name, prefix from the file name", () => {
    expect(specs.map(({ prefix }) => prefix)).toStrictEqual(["acme-telecom", "zeta-mini"]);
  });

  test("title and version from info", () => {
    expect({ title: spec.title, version: spec.version }).toStrictEqual({
      title: "Mini Vendor",
      version: "1.2.3",
    });
  });

  test("one route per operation", () => {
    expect(
      spec.routes.map(({ operationId, method, template, paramNames }) => ({
        operationId,
        method,
        template,
        paramNames,
      })),
    ).toStrictEqual([
      {
        operationId: "updateThing",
        method: "POST",
        template: "/v1/Things/{Sid}.json",
        paramNames: ["Sid"],
      },
    ]);
  });

  test("media types, JSON form fields, error format and path parameter names", () => {
    expect(spec.requestMediaTypes).toStrictEqual(new Set(["application/x-www-form-urlencoded"]));
    expect(spec.jsonFormFields).toStrictEqual(new Set(["Meta"]));
    expect(spec.errorFormat).toBe("twilio");
    expect(spec.pathParamNames).toStrictEqual(new Map([["sid", "Sid"]]));
  });

  test("an operation taking a JSON form field also takes the decoded form", () => {
    const mediaTypes = spec.operations[0]!.request?.body?.contents?.map(
      ({ mediaType }) => mediaType,
    );
    expect(mediaTypes).toStrictEqual([
      "application/x-www-form-urlencoded",
      DECODED_FORM_MEDIA_TYPE,
    ]);
  });

  test.each([
    { method: "POST", path: "/v1/Things/TH1.json", pathParams: { Sid: "TH1" } },
    { method: "post", path: "/v1/Things/TH1.json", pathParams: { Sid: "TH1" } },
    { method: "POST", path: "/v1/Things/a%20b.json", pathParams: { Sid: "a b" } },
    { method: "POST", path: "/v1/Things/a%2Fb.json", pathParams: { Sid: "a/b" } },
    { method: "POST", path: "/v1/Things/%C3%A9.json", pathParams: { Sid: "é" } },
    { method: "POST", path: "/v1/Things/%E0%A4%A.json", pathParams: { Sid: "%E0%A4%A" } },
    { method: "POST", path: "/v1/Things/a.b.json", pathParams: { Sid: "a.b" } },
  ])("$method $path matches with $pathParams", ({ method, path: requestPath, pathParams }) => {
    const matched = matchRoute(spec, method, requestPath);
    expect(matched?.route.operationId).toBe("updateThing");
    expect(matched?.pathParams).toStrictEqual(pathParams);
  });

  test.each([
    { method: "GET", path: "/v1/Things/TH1.json" },
    { method: "DELETE", path: "/v1/Things/TH1.json" },
    { method: "POST", path: "/v1/Things/TH1" },
    { method: "POST", path: "/v1/Things/TH1xjson" },
    { method: "POST", path: "/v1/Things/.json" },
    { method: "POST", path: "/v1/Things/a/b.json" },
    { method: "POST", path: "/v1/Things/TH1.json/" },
    { method: "POST", path: "/v1/things/TH1.json" },
    { method: "POST", path: "/prefix/v1/Things/TH1.json" },
    { method: "POST", path: "/" },
  ])("$method $path matches nothing", ({ method, path: requestPath }) => {
    expect(matchRoute(spec, method, requestPath)).toBeUndefined();
  });

  test("an empty folder is a clear error", async () => {
    const folder = await tempFolder();
    await expect(loadVendorSpecs(folder)).rejects.toThrow(`No OpenAPI specs (*.yaml) in ${folder}`);
  });

  test("a folder without *.yaml is the same error", async () => {
    const folder = await tempFolder();
    await writeFile(path.join(folder, "mini.yml"), "openapi: 3.1.0\n");
    await expect(loadVendorSpecs(folder)).rejects.toThrow(`No OpenAPI specs (*.yaml) in ${folder}`);
  });
});
