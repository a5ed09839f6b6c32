import { beforeAll, describe, expect, test } from "vitest";
import { matchRoute, servesPath, vendorOfPath } from "../../src/engine/route.js";
import type { Vendor } from "../../src/engine/vendor.js";
import { miniVendor } from "../support/mini-vendor.js";

let vendor: Vendor;
beforeAll(async () => {
  vendor = await miniVendor();
});

describe("compileRoute (at startup)", () => {
  test("one route per operation", () => {
    expect(
      vendor.routes.map(({ operationId, method, template, paramNames }) => ({
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
});

describe("matchRoute", () => {
  test.each([
    { method: "POST", path: "/v1/Things/TH1.json", pathParams: { Sid: "TH1" } },
    { method: "post", path: "/v1/Things/TH1.json", pathParams: { Sid: "TH1" } },
    { method: "POST", path: "/v1/Things/a%20b.json", pathParams: { Sid: "a b" } },
    { method: "POST", path: "/v1/Things/a%2Fb.json", pathParams: { Sid: "a/b" } },
    { method: "POST", path: "/v1/Things/%C3%A9.json", pathParams: { Sid: "é" } },
    { method: "POST", path: "/v1/Things/%E0%A4%A.json", pathParams: { Sid: "%E0%A4%A" } },
    { method: "POST", path: "/v1/Things/a.b.json", pathParams: { Sid: "a.b" } },
  ])("$method $path matches with $pathParams", ({ method, path, pathParams }) => {
    const matched = matchRoute(vendor, method, path);
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
  ])("$method $path matches nothing", ({ method, path }) => {
    expect(matchRoute(vendor, method, path)).toBeUndefined();
  });
});

describe("servesPath: whether some operation, of any method, has the path", () => {
  test.each([
    { path: "/v1/Things/TH1.json", served: true },
    { path: "/v1/Things/a%2Fb.json", served: true },
    { path: "/v1/Things/TH1.json/", served: false },
    { path: "/v1/Things/TH1", served: false },
    { path: "/v1/things/TH1.json", served: false },
    { path: "//v1/Things/TH1.json", served: false },
    { path: "/", served: false },
  ])("$path: $served", ({ path, served }) => {
    expect(servesPath(vendor, path)).toBe(served);
  });
});

describe("vendorOfPath", () => {
  test.each([
    {
      pathname: "/mini/v1/Things/TH1.json",
      prefix: "mini",
      served: true,
      path: "/v1/Things/TH1.json",
    },
    { pathname: "/mini", prefix: "mini", served: true, path: "/" },
    { pathname: "/mini/", prefix: "mini", served: true, path: "/" },
    { pathname: "/Mini/v1", prefix: "Mini", served: false, path: "/v1" },
    { pathname: "/other/v1", prefix: "other", served: false, path: "/v1" },
    { pathname: "/", prefix: "", served: false, path: "/" },
    // As received: routing reads the doubled slash where base URL and path met (route-request.ts).
    { pathname: "/mini//v1", prefix: "mini", served: true, path: "//v1" },
  ])("$pathname: prefix $prefix, path $path", ({ pathname, prefix, served, path }) => {
    const found = vendorOfPath(new Map([["mini", vendor]]), pathname);
    expect(found).toStrictEqual({ prefix, vendor: served ? vendor : undefined, path });
  });
});
