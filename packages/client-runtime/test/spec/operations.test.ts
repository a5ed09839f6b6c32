import { describe, expect, test } from "vitest";
import {
  effectiveParameters,
  HTTP_METHODS,
  isHttpMethod,
  specOperations,
  type SpecOperation,
} from "../../src/spec/index.js";

const document = {
  paths: {
    "/b": {
      summary: "not an operation",
      servers: [{ url: "https://b.test" }],
      parameters: [],
      post: { operationId: "createB" },
      get: { operationId: "listB" },
    },
    "/a/{id}": {
      parameters: [
        { $ref: "#/components/parameters/Id" },
        { name: "X-Tenant", in: "header", required: true },
        { name: "q", in: "query", description: "the path item's" },
      ],
      patch: {
        operationId: "updateA",
        parameters: [
          { name: "id", in: "path", required: true, description: "the operation's" },
          { $ref: "#/components/parameters/Alias" },
          { name: "q", in: "header", description: "a header, not the query q" },
        ],
      },
      trace: { operationId: "traceA" },
    },
  },
  components: {
    parameters: {
      Id: { name: "id", in: "path", required: true, description: "the path item's" },
      Alias: { $ref: "#/components/parameters/DryRun" },
      DryRun: { name: "dryRun", in: "query" },
    },
  },
};

function operation(operationId: string): SpecOperation {
  const found = specOperations(document).find((candidate) => candidate.operationId === operationId);
  if (found === undefined) throw new Error(`no ${operationId}`);
  return found;
}

describe("HTTP_METHODS", () => {
  test("lists the eight operation keys of a path item", () => {
    expect(HTTP_METHODS).toEqual([
      "get",
      "put",
      "post",
      "delete",
      "options",
      "head",
      "patch",
      "trace",
    ]);
  });

  test.each([
    { key: "get", method: true },
    { key: "patch", method: true },
    { key: "trace", method: true },
    { key: "GET", method: false },
    { key: "parameters", method: false },
    { key: "summary", method: false },
    { key: "servers", method: false },
    { key: "connect", method: false },
  ])("isHttpMethod($key) is $method", ({ key, method }) => {
    expect(isHttpMethod(key)).toBe(method);
  });
});

describe("specOperations", () => {
  // Paths in document order; within a path item, methods in HTTP_METHODS order.
  test("lists every operation in document order, skipping other path-item keys", () => {
    expect(
      specOperations(document).map(({ operationId, method, path, pointer }) => ({
        operationId,
        method,
        path,
        pointer,
      })),
    ).toEqual([
      { operationId: "listB", method: "get", path: "/b", pointer: "/paths/~1b/get" },
      { operationId: "createB", method: "post", path: "/b", pointer: "/paths/~1b/post" },
      {
        operationId: "updateA",
        method: "patch",
        path: "/a/{id}",
        pointer: "/paths/~1a~1{id}/patch",
      },
      {
        operationId: "traceA",
        method: "trace",
        path: "/a/{id}",
        pointer: "/paths/~1a~1{id}/trace",
      },
    ]);
  });

  test("gives each operation object itself", () => {
    expect(operation("updateA").operation).toBe(document.paths["/a/{id}"].patch);
  });

  test.each<{ name: string; document: unknown }>([
    { name: "no document", document: undefined },
    { name: "no paths", document: { openapi: "3.1.0" } },
    { name: "paths that is not an object", document: { paths: [] } },
    { name: "a path item that is not an object", document: { paths: { "/x": null } } },
    { name: "a method that is not an object", document: { paths: { "/x": { get: "no" } } } },
  ])("finds none in $name", ({ document }) => {
    expect(specOperations(document)).toEqual([]);
  });

  test.each<{ name: string; paths: Record<string, unknown>; error: string }>([
    {
      name: "a missing operationId",
      paths: { "/x": { put: {} } },
      error: "PUT /x has no operationId",
    },
    {
      name: "an empty operationId",
      paths: { "/x": { delete: { operationId: "" } } },
      error: "DELETE /x has no operationId",
    },
    {
      name: "an operationId that is not a string",
      paths: { "/x": { get: { operationId: 7 } } },
      error: "GET /x has no operationId",
    },
    {
      name: "a duplicate operationId in one path item",
      paths: { "/x": { get: { operationId: "op" }, put: { operationId: "op" } } },
      error: 'operationId "op" is not unique',
    },
    {
      name: "a duplicate operationId across paths",
      paths: { "/x": { get: { operationId: "op" } }, "/y": { get: { operationId: "op" } } },
      error: 'operationId "op" is not unique',
    },
  ])("throws on $name", ({ paths, error }) => {
    expect(() => specOperations({ paths })).toThrow(error);
  });
});

describe("effectiveParameters", () => {
  test("the path item's parameters, overridden by the operation's own with the same name and in", () => {
    expect(effectiveParameters(document, operation("updateA"))).toEqual([
      {
        pointer: "/paths/~1a~1{id}/patch/parameters/0",
        parameter: { name: "id", in: "path", required: true, description: "the operation's" },
      },
      {
        pointer: "/paths/~1a~1{id}/parameters/1",
        parameter: { name: "X-Tenant", in: "header", required: true },
      },
      {
        pointer: "/paths/~1a~1{id}/parameters/2",
        parameter: { name: "q", in: "query", description: "the path item's" },
      },
      // A $ref chain is followed to the parameter it ends at.
      { pointer: "/components/parameters/DryRun", parameter: { name: "dryRun", in: "query" } },
      {
        pointer: "/paths/~1a~1{id}/patch/parameters/2",
        parameter: { name: "q", in: "header", description: "a header, not the query q" },
      },
    ]);
  });

  test("a $ref'd path-item parameter is given at the pointer it resolves to", () => {
    expect(effectiveParameters(document, operation("traceA"))[0]).toEqual({
      pointer: "/components/parameters/Id",
      parameter: document.components.parameters.Id,
    });
  });

  test.each(["listB", "createB"])("none for %s (an empty path-item list)", (operationId) => {
    expect(effectiveParameters(document, operation(operationId))).toEqual([]);
  });

  test("a $ref to a missing parameter throws", () => {
    const broken = {
      paths: { "/x": { get: { operationId: "x", parameters: [{ $ref: "#/nope" }] } } },
    };
    const [only] = specOperations(broken);
    expect(() => effectiveParameters(broken, only!)).toThrow("Unresolved $ref #/nope");
  });
});
