import { describe, expect, test } from "vitest";
import { documentedRequest, specOperations } from "../../src/spec/index.js";

const document = {
  openapi: "3.1.0",
  paths: {
    "/things/{id}": {
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string", examples: ["t1"] } },
      ],
      put: {
        operationId: "updateThing",
        parameters: [
          { name: "dryRun", in: "query", schema: { type: "boolean" }, example: true },
          { name: "page", in: "query", schema: { type: "integer", examples: [2] } },
          {
            name: "region",
            in: "query",
            required: true,
            schema: { type: "string", examples: ["eu"] },
          },
          { $ref: "#/components/parameters/Tenant" },
          { name: "session", in: "cookie", example: "s" },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              examples: {
                rename: { summary: "Rename it", value: { name: "A" } },
                other: { value: { name: "B" } },
              },
            },
          },
        },
      },
      delete: { operationId: "deleteThing" },
    },
  },
  components: {
    parameters: { Tenant: { name: "X-Tenant", in: "header", required: true, example: "acme" } },
  },
};

const [update, remove] = specOperations(document);

describe("documentedRequest", () => {
  test("takes path, required and self-documented parameters, and the body's first example", () => {
    expect(documentedRequest(document, update!)).toEqual({
      path: { id: "t1" },
      query: { dryRun: true, region: "eu" },
      header: { "X-Tenant": "acme" },
      body: {
        mediaType: "application/json",
        example: { name: "rename", summary: "Rename it", value: { name: "A" } },
      },
    });
  });

  test("has no body for an operation without one", () => {
    expect(documentedRequest(document, remove!)).toEqual({
      path: { id: "t1" },
      query: {},
      header: {},
    });
  });

  test("hands out copies: changing one request leaves the document and the next request alone", () => {
    const first = documentedRequest(document, update!);
    (first.body!.example.value as { name: string }).name = "changed";
    expect(documentedRequest(document, update!).body!.example.value).toEqual({ name: "A" });
  });

  test.each([
    {
      what: "a path parameter without an example",
      change: (copy: typeof document) => {
        delete (copy.paths["/things/{id}"].parameters[0]!.schema as { examples?: unknown })
          .examples;
      },
      error: 'PUT /things/{id}: path parameter "id" documents no example',
    },
    {
      what: "a required body without an example",
      change: (copy: typeof document) => {
        copy.paths["/things/{id}"].put.requestBody.content["application/json"] = {} as never;
      },
      error: "PUT /things/{id}: the application/json request body documents no example",
    },
  ])("refuses $what", ({ change, error }) => {
    const copy = structuredClone(document);
    change(copy);
    expect(() => documentedRequest(copy, specOperations(copy)[0]!)).toThrow(error);
  });
});
