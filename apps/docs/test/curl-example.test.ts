import { type JsonObject, type VendorManifest } from "@switchboard/client-runtime/spec";
import { beforeAll, describe, expect, test } from "vitest";
import { curlExample, exampleUrl, gatewayBaseUrl, shellQuote } from "../src/curl-example.js";
import { sampleCredential } from "../src/sample-credentials.js";
import type { OperationModel, SiteModel } from "../src/site-model.js";
import {
  bundledSpecs,
  decodeDataUrlencode,
  manifest,
  parseCurlWords,
  pathItemOperations,
  realModel,
  shellWordsOf,
} from "./support.js";

type Json = JsonObject;

/** Every operation of every bundled spec, read straight off `openapi.json`. */
const specOperations = bundledSpecs.flatMap(({ vendor, document }) =>
  Object.entries(document.paths as Record<string, Json>).flatMap(([specPath, item]) =>
    pathItemOperations(item).map(([method, operation]) => ({
      name: vendor.name,
      vendor,
      document,
      specPath,
      method,
      pathItem: item,
      operation,
    })),
  ),
);

let model: SiteModel;
beforeAll(async () => {
  model = await realModel();
});

function curlOf(vendor: VendorManifest, operationId: string): string {
  const operation = model.vendors
    .find((v) => v.name === vendor.name)!
    .operations.find((o) => o.operationId === operationId)!;
  return curlExample(operation, gatewayBaseUrl(vendor.name), sampleCredential(vendor.auth));
}

function parameters(pathItem: Json, operation: Json): Json[] {
  return [
    ...((pathItem.parameters as Json[] | undefined) ?? []),
    ...((operation.parameters as Json[] | undefined) ?? []),
  ];
}

describe("shellQuote", () => {
  test.each([
    "plain",
    "",
    "it's",
    "'",
    "''",
    "'\\''",
    "$(echo pwned) `echo pwned` $HOME",
    'double "quotes" and \\backslashes\\',
    "line\nbreak\ttab",
    "!history & | ; < > * ? ~ #",
    "ünïcødé ✓",
  ])("/bin/sh reads %j back unchanged", (value) => {
    const quoted = shellQuote(value);
    expect(quoted.startsWith("'") && quoted.endsWith("'")).toBe(true);
    expect(shellWordsOf(`curl ${quoted}`)).toEqual([value]);
  });

  test("a quote becomes '\\''", () => {
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});

test("every bundled operation is covered", () => {
  expect(specOperations.length).toBeGreaterThanOrEqual(manifest.vendors.length);
  expect(specOperations.length).toBe(manifest.vendors.flatMap((v) => v.operations).length);
});

describe.each(specOperations)(
  "the curl of $name $method $specPath",
  ({ name: prefix, vendor, document, specPath, method, pathItem, operation }) => {
    const operationId = operation.operationId as string;
    let words: string[];
    beforeAll(() => {
      words = shellWordsOf(curlOf(vendor, operationId));
    });

    test("is one curl option per line, joined with ` \\`", () => {
      const lines = curlOf(vendor, operationId).split("\n");
      expect(lines[0]).toMatch(/^curl -X [A-Z]+ '/);
      for (const line of lines.slice(0, -1)) expect(line.endsWith(" \\")).toBe(true);
      for (const line of lines.slice(1))
        expect(line).toMatch(/^ {2}(-H|--data|--data-urlencode) '/);
    });

    test("has the method and the gateway URL with the documented examples", () => {
      const curl = parseCurlWords(words);
      expect(curl.method).toBe(method.toUpperCase());
      const params = parameters(pathItem, operation);
      const filled = specPath.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const param = params.find((p) => p.in === "path" && p.name === name)!;
        return encodeURIComponent(String(param.example));
      });
      const query = params
        .filter((p) => p.in === "query" && p.example !== undefined)
        .map((p) => `${String(p.name)}=${encodeURIComponent(String(p.example))}`)
        .join("&");
      expect(curl.url).toBe(
        `http://127.0.0.1:4010/${prefix}${filled}${query === "" ? "" : `?${query}`}`,
      );
    });

    test("sends the credential header the security scheme asks for", () => {
      const { headers } = parseCurlWords(words);
      const requirement = ((operation.security ?? document.security) as Json[])[0]!;
      const schemes = (document.components as Json).securitySchemes as Record<string, Json>;
      expect(Object.keys(requirement).length).toBeGreaterThan(0);
      for (const name of Object.keys(requirement)) {
        const scheme = schemes[name]!;
        if (scheme.type === "apiKey") {
          expect(headers[scheme.name as string]).toMatch(/^your_\w+$/);
        } else if (scheme.scheme === "bearer") {
          expect(headers.Authorization).toMatch(/^Bearer your_\w+$/);
        } else {
          const [kind, encoded = ""] = (headers.Authorization ?? "").split(" ");
          expect(kind).toBe("Basic");
          const [username, password] = Buffer.from(encoded, "base64").toString("utf8").split(":");
          expect(username).toMatch(/^your_\w+$/);
          expect(password).toMatch(/^your_\w+$/);
          // Twilio's clients take the credential as accountSid and authToken (x-switchboard).
          if (prefix === "twilio-flex") {
            expect([username, password]).toEqual(["your_account_sid", "your_auth_token"]);
          }
        }
      }
    });

    test("sends the first documented request example with its media type", () => {
      const curl = parseCurlWords(words);
      if (operation.requestBody === undefined) {
        expect([curl.headers["Content-Type"], ...curl.data, ...curl.dataUrlencode]).toEqual([
          undefined,
        ]);
        return;
      }
      const content = (operation.requestBody as Json).content as Record<string, Json>;
      const [mediaType, media] = Object.entries(content)[0]!;
      expect(curl.headers["Content-Type"]).toBe(mediaType);
      const example = (Object.values(media.examples as Record<string, Json>)[0]!.value ??
        media.example) as Json;
      expect(example).toBeDefined();
      if (mediaType === "application/json") {
        expect(curl.dataUrlencode).toEqual([]);
        expect(curl.data).toHaveLength(1);
        expect(JSON.parse(curl.data[0]!)).toEqual(example);
      } else {
        expect(mediaType).toBe("application/x-www-form-urlencoded");
        expect(curl.data).toEqual([]);
        const encoding = (media.encoding ?? {}) as Record<string, Json>;
        const sent = decodeDataUrlencode(curl.dataUrlencode);
        expect(sent.map(([name]) => name)).toEqual(Object.keys(example));
        for (const [name, value] of sent) {
          const json = String(encoding[name]?.contentType ?? "").includes("json");
          expect(json ? JSON.parse(value) : value).toEqual(
            json ? example[name] : String(example[name]),
          );
        }
      }
    });
  },
);

describe("a form body", () => {
  const operation: OperationModel = {
    operationId: "update",
    method: "post",
    path: "/v1/Things/{Sid}",
    summary: "Update",
    tags: [],
    referenceHref: "reference/x.html#operation/update",
    security: [{ name: "Basic", scheme: { type: "http", scheme: "basic" } }],
    pathParams: [{ name: "Sid", value: "it's/../x" }],
    query: [{ name: "tag", value: ["a b", "c&d"] }],
    requestBody: {
      mediaType: "application/x-www-form-urlencoded",
      required: true,
      encoding: { Routing: { contentType: "application/json" } },
      example: {
        name: "form",
        value: {
          Status: "inactive",
          Routing: { status: "closed", note: "it's a 'test' & more" },
          Labels: ["x=1", "y z"],
          "Odd name&=": "O'Brien",
        },
      },
    },
  };
  let curl: ReturnType<typeof parseCurlWords>;
  beforeAll(() => {
    const credential = sampleCredential({
      scheme: "Basic",
      kind: "basic",
      options: { secret: "password", username: "username" },
    });
    curl = parseCurlWords(shellWordsOf(curlExample(operation, gatewayBaseUrl("x"), credential)));
  });

  test("sends JSON-encoded fields, repeated arrays and odd names and values intact", () => {
    expect(decodeDataUrlencode(curl.dataUrlencode)).toEqual([
      ["Status", "inactive"],
      ["Routing", JSON.stringify({ status: "closed", note: "it's a 'test' & more" })],
      ["Labels", "x=1"],
      ["Labels", "y z"],
      ["Odd name&=", "O'Brien"],
    ]);
  });

  test("keeps path values in their segment and encodes the query", () => {
    expect(curl.url).toBe("http://127.0.0.1:4010/x/v1/Things/it's%2F..%2Fx?tag=a+b&tag=c%26d");
    expect(exampleUrl("http://h", { ...operation, query: [] })).toBe(
      "http://h/v1/Things/it's%2F..%2Fx",
    );
  });

  test("authenticates with the placeholders named after the vendor's credential options", () => {
    const credentials = Buffer.from(curl.headers.Authorization!.split(" ")[1]!, "base64")
      .toString()
      .split(":");
    expect(credentials).toEqual(["your_username", "your_password"]);
  });
});
