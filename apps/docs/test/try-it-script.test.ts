/**
 * The try page's script against the code the clients and the mock run: its form encoder
 * against client-runtime's `encodeFormBody`, its credential headers against
 * `authenticationHeaders`, and its problem readers against the bodies each error format's
 * writer produces.
 */
import {
  authenticationHeaders,
  createBodySerializer,
  encodeFormBody,
  serializePathParams,
} from "@switchboard/client-runtime";
import { ERROR_FORMAT_NAMES, ERROR_FORMATS, pointerOf } from "@switchboard/client-runtime/spec";
import { describe, expect, test } from "vitest";
import { sampleCredential } from "../src/sample-credentials.js";
import { buildSiteModel } from "../src/site-model.js";
import { tryItScript } from "../src/try-it/page-script-asset.js";
import {
  authHeaders,
  encodeBody,
  encodeForm,
  faultHeader,
  isGatewayHealth,
  problemsOf,
  requestPath,
  type TryScriptOperation,
} from "../src/try-it/page-script.js";
import { tryPageModel } from "../src/try-it/try-page-model.js";
import { bundledSpecs } from "./support.js";

const siteModel = buildSiteModel(bundledSpecs);
const pages = bundledSpecs.map(({ vendor, document }) =>
  tryPageModel(
    siteModel.vendors.find((v) => v.name === vendor.name)!,
    vendor,
    document,
  ),
);
const bodies = pages.flatMap((page) =>
  page.operations.flatMap((operation) =>
    (operation.body?.examples ?? []).map((example) => ({
      label: `${page.prefix}.${operation.operationId} ${example.name}`,
      body: operation.body!,
      example: example.value,
    })),
  ),
);

describe("encodeBody: every documented request example, as the clients encode it", () => {
  test.each(bodies)("$label", ({ body, example }) => {
    expect(encodeBody(body, example)).toBe(
      createBodySerializer({ ...body, required: true })(example),
    );
  });
});

describe("encodeForm", () => {
  const encoding = { Routing: { contentType: "application/json" } };
  test.each([
    ["plain fields", { Status: "closed", n: 2, ok: true }],
    ["a JSON-encoded field", { Routing: { status: "closed", list: [1, "a"] } }],
    ["arrays repeat the field", { tag: ["a", "b"] }],
    ["undefined fields are left out", { a: undefined, b: "x" }],
    ["characters to escape", { "a b&c": "1=2&3 +%" }],
  ])("%s", (_, value) => {
    expect(encodeForm(value, encoding).toString()).toBe(encodeFormBody(value, encoding).toString());
  });

  test.each([[[1]], [null], ["text"], [{ nested: { a: 1 } }]])("%j is refused", (value) => {
    expect(() => encodeForm(value, {})).toThrow(TypeError);
  });
});

describe("authHeaders: the header client-runtime sends for each vendor's placeholder credential", () => {
  test.each(pages.flatMap((page) => page.operations.map((operation) => ({ page, operation }))))(
    "$page.prefix.$operation.operationId",
    ({ page, operation }) => {
      const vendor = siteModel.vendors.find((v) => v.name === page.prefix)!;
      const credential = sampleCredential(vendor.auth);
      const model = vendor.operations.find((o) => o.operationId === operation.operationId)!;
      const expected = authenticationHeaders(
        model.security[0]!.scheme,
        credential.credential,
        credential.optionNames,
      );
      const fields = Object.fromEntries(page.credentials.map(({ name, value }) => [name, value]));
      expect(authHeaders(operation.auth!, fields)).toEqual(expected);
    },
  );
});

describe("requestPath", () => {
  test.each([
    ["/x/{id}", { id: "a/b c" }, [], "/v/x/a%2Fb%20c"],
    ["/x/{a}/y/{b}", { a: "1", b: "é" }, [["q", "1 2"]], "/v/x/1/y/%C3%A9?q=1+2"],
  ] as const)("%s", (template, values, query, expected) => {
    expect(
      requestPath(
        "v",
        template,
        values,
        query.map(([name, value]): [string, string] => [name, value]),
      ),
    ).toBe(expected);
    expect(requestPath("v", template, values).split("?")[0]).toBe(
      `/v${serializePathParams(template, values)}`,
    );
  });
});

test.each([
  ["", "", undefined],
  ["503", "", "status=503"],
  ["", "200", "delay=200"],
  ["500", "200", "delay=200;status=500"],
  ["", "0", undefined],
])("faultHeader(%j, %j) is %j", (status, delay, expected) => {
  expect(faultHeader(status, delay)).toBe(expected);
});

describe("problemsOf reads each format's validation body back into JSON Pointers", () => {
  const operation: TryScriptOperation = {
    method: "post",
    path: "/x/{Sid}",
    parameters: { path: ["Sid"], query: ["Limit"], header: [] },
    auth: null,
    body: null,
  };
  const violations = [
    { location: ["body", "Routing", "status"], rule: "enum", message: "must be one of closed" },
    { location: ["path", "Sid"], rule: "pattern", message: "must match ^KD" },
    { location: ["query", "Limit"], rule: "type", message: "must be integer" },
    { location: ["body"], rule: "required", message: "must have Status" },
  ];
  test.each(ERROR_FORMAT_NAMES)("%s", (format) => {
    const body = ERROR_FORMATS[format].validationBody(400, violations);
    expect(problemsOf(format, body, operation)).toEqual(
      violations.map(({ location, message }) => ({ pointer: pointerOf(...location), message })),
    );
  });

  test("an unknown format, or a body of another shape, lists nothing", () => {
    expect(problemsOf("nope", { detail: [] }, operation)).toEqual([]);
    expect(problemsOf("fastapi", "text", operation)).toEqual([]);
    expect(problemsOf("twilio", { message: "Not found" }, operation)).toEqual([]);
  });
});

describe("isGatewayHealth", () => {
  const health = { status: "ok", specs: [{ prefix: "v" }] };
  test.each([
    [200, "gateway", health, true],
    [200, null, health, false],
    [404, "gateway", health, false],
    [200, "gateway", { status: "ok", specs: [{ prefix: "w" }] }, false],
    [200, "gateway", "<!doctype html>", false],
  ] as const)("%d %s %j: %s", (status, source, body, expected) => {
    expect(isGatewayHealth(status, source, body, "v")).toBe(expected);
  });
});

test("the served script is one module that imports nothing", async () => {
  const script = await tryItScript();
  expect(script).not.toMatch(/^\s*import\s/m);
  expect(script).toContain("function encodeForm");
  expect(script).not.toMatch(/:\s*TryScriptData\b/);
});
