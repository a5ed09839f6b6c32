import { beforeAll, describe, expect, test } from "vitest";
import { declineOperation } from "../../../src/engine/fast-path/operation-eligibility.js";
import type { PrismOperation } from "../../../src/engine/vendor.js";
import { prismHttp } from "../../../src/prism/load-prism.js";

const OK = { "200": { description: "ok", content: { "application/json": { example: {} } } } };

/** One operation per case, each on a path of its own unless the case is about paths. */
const PATHS = {
  "/plain/{id}": { put: { operationId: "plain", responses: OK } },
  "/head": { head: { operationId: "head", responses: OK } },
  "/callbacks": {
    post: {
      operationId: "callbacks",
      responses: OK,
      callbacks: {
        done: { "{$request.body#/url}": { post: { responses: { "200": { description: "ok" } } } } },
      },
    },
  },
  "/two-successes": {
    put: {
      operationId: "twoSuccesses",
      responses: { ...OK, "201": { description: "created" } },
    },
  },
  "/no-success": {
    put: { operationId: "noSuccess", responses: { "400": { description: "bad" } } },
  },
  "/cookie-key": {
    put: { operationId: "cookieKey", security: [{ Cookie: [] }], responses: OK },
  },
  "/digest": { put: { operationId: "digest", security: [{ Digest: [] }], responses: OK } },
  "/basic": { put: { operationId: "basic", security: [{ Basic: [] }], responses: OK } },
  "/deep": {
    put: {
      operationId: "deep",
      parameters: [
        { name: "filter", in: "query", style: "deepObject", schema: { type: "object" } },
      ],
      responses: OK,
    },
  },
  "/cookie-param": {
    put: {
      operationId: "cookieParam",
      parameters: [{ name: "session", in: "cookie", schema: { type: "string" } }],
      responses: OK,
    },
  },
  "/items/{id}": { put: { operationId: "itemById", responses: OK } },
  "/items/special": {
    put: { operationId: "specialItem", responses: OK },
    get: { operationId: "readSpecialItem", responses: OK },
  },
};

const DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "Eligibility", version: "1" },
  components: {
    securitySchemes: {
      Cookie: { type: "apiKey", in: "cookie", name: "session" },
      Digest: { type: "http", scheme: "digest" },
      Basic: { type: "http", scheme: "basic" },
    },
  },
  paths: PATHS,
};

let operations: PrismOperation[];
beforeAll(async () => {
  operations = await prismHttp.getHttpOperationsFromSpec(structuredClone(DOCUMENT));
});

describe("declineOperation: which operations the fast path leaves to Prism, and why", () => {
  test.each<[string, string | undefined]>([
    ["plain", undefined],
    ["basic", undefined],
    ["readSpecialItem", undefined],
    ["head", "a HEAD operation answers no body"],
    ["callbacks", "Prism runs its callbacks"],
    ["twoSuccesses", "not exactly one success response"],
    ["noSuccess", "not exactly one success response"],
    ["cookieKey", "an unusual security scheme (apiKey)"],
    ["digest", "an unusual security scheme (http)"],
    ["deep", "parameter filter has style deepObject"],
    ["cookieParam", "cookie parameters"],
    ["itemById", "Prism's router could route its paths to another operation"],
    ["specialItem", "Prism's router could route its paths to another operation"],
  ])("%s: %s", (operationId, reason) => {
    const operation = operations.find((candidate) => candidate.iid === operationId);
    expect(operation, operationId).toBeDefined();
    expect(declineOperation(operation!, operations)).toBe(reason);
  });
});
