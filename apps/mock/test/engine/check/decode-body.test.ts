import type { ErrorFormatName } from "@switchboard/client-runtime/spec";
import { beforeAll, describe, expect, test } from "vitest";
import { decodeBody } from "../../../src/engine/check/decode-body.js";
import { DECODED_FORM_MEDIA_TYPE } from "../../../src/engine/check/json-forms.js";
import type { Vendor } from "../../../src/engine/vendor.js";
import { miniVendor } from "../../support/mini-vendor.js";

const FORM = "application/x-www-form-urlencoded";

let vendor: Vendor;
beforeAll(async () => {
  vendor = await miniVendor();
});

/** The mini vendor, taking JSON too, in this error format. */
const withJson = (errorFormat: ErrorFormatName): Vendor => ({
  ...vendor,
  errorFormat,
  requestMediaTypes: new Set([FORM, "application/json"]),
});

describe("decodeBody", () => {
  test("no body is no body, whatever the content type says", () => {
    expect(decodeBody(vendor, "text/plain", Buffer.alloc(0))).toStrictEqual({
      body: undefined,
      headers: {},
    });
  });

  test("a form's JSON fields are decoded and handed to Prism as the decoded form", () => {
    const raw = Buffer.from("Name=n&Meta=%7B%22color%22%3A%22red%22%7D");
    expect(decodeBody(vendor, `${FORM}; charset=utf-8`, raw)).toStrictEqual({
      body: { Name: "n", Meta: { color: "red" } },
      headers: { "content-type": DECODED_FORM_MEDIA_TYPE },
    });
  });

  test("a JSON form field that is not JSON is a 400 naming the field", () => {
    expect(decodeBody(vendor, FORM, Buffer.from("Meta=red"))).toStrictEqual({
      status: 400,
      violation: {
        location: ["body", "Meta"],
        rule: "malformed",
        message: "Form field Meta must hold a JSON document",
      },
    });
  });

  test.each([
    { contentType: "text/plain", named: "text/plain" },
    { contentType: "", named: "(none)" },
    { contentType: "Application/XML; charset=utf-8", named: "application/xml" },
  ])("a media type the spec does not take ($contentType) is a 415", ({ contentType, named }) => {
    expect(decodeBody(vendor, contentType, Buffer.from("x"))).toStrictEqual({
      status: 415,
      violation: {
        location: ["header", "content-type"],
        rule: "media_type",
        message: `Content-Type "${named}" is not accepted; send ${FORM}`,
      },
    });
  });

  test.each<{ errorFormat: ErrorFormatName; status: number }>([
    { errorFormat: "fastapi", status: 422 },
    { errorFormat: "twilio", status: 400 },
    { errorFormat: "problem", status: 400 },
  ])("malformed JSON is a $status for a $errorFormat vendor", ({ errorFormat, status }) => {
    const decoded = decodeBody(withJson(errorFormat), "application/json", Buffer.from("{nope"));
    expect(decoded).toMatchObject({
      status,
      violation: { location: ["body"], rule: "malformed" },
    });
    expect(decoded).toMatchObject({
      violation: { message: expect.stringMatching(/^Body is not valid JSON: /) },
    });
  });

  test("JSON is parsed", () => {
    expect(
      decodeBody(withJson("fastapi"), "application/json", Buffer.from('{"a":[1]}')),
    ).toStrictEqual({ body: { a: [1] }, headers: {} });
  });
});
