import { beforeAll, expect, test } from "vitest";
import { DECODED_FORM_MEDIA_TYPE } from "../../src/engine/check/json-forms.js";
import type { Vendor } from "../../src/engine/vendor.js";
import { miniVendor } from "../support/mini-vendor.js";

let vendor: Vendor;
beforeAll(async () => {
  vendor = await miniVendor();
});

test("keeps what the vendor's description says", () => {
  expect({
    name: vendor.name,
    title: vendor.title,
    version: vendor.version,
    errorFormat: vendor.errorFormat,
  }).toStrictEqual({ name: "mini", title: "Mini Vendor", version: "1.2.3", errorFormat: "twilio" });
});

test("media types, JSON form fields and path parameter names, read once", () => {
  expect(vendor.requestMediaTypes).toStrictEqual(new Set(["application/x-www-form-urlencoded"]));
  expect(vendor.jsonFormFields).toStrictEqual(new Set(["Meta"]));
  expect(vendor.parameterNames).toStrictEqual(new Map([["path", new Map([["sid", "Sid"]])]]));
});

test("an operation taking a JSON form field also takes the decoded form", () => {
  const mediaTypes = vendor.operations[0]!.request?.body?.contents?.map(
    ({ mediaType }) => mediaType,
  );
  expect(mediaTypes).toStrictEqual(["application/x-www-form-urlencoded", DECODED_FORM_MEDIA_TYPE]);
});
