import { beforeAll, describe, expect, test } from "vitest";
import type { MockEngine } from "../../../src/engine/engine.js";
import type { JsonSchema } from "../../../src/engine/respond/echo.js";
import { compileRoute } from "../../../src/engine/route.js";
import { resourceKeyOf } from "../../../src/engine/state/resource-key.js";
import { updateSemanticsOf } from "../../../src/engine/state/update-semantics.js";
import type { PrismOperation } from "../../../src/engine/vendor.js";
import { specsEngine } from "./stateful-engine.js";

let engine: MockEngine;
beforeAll(async () => {
  engine = await specsEngine();
});

function routeOf(vendorName: string, operationId: string) {
  const route = engine
    .route(`/${vendorName}`)
    .vendor?.routes.find((candidate) => candidate.operationId === operationId);
  if (!route) throw new Error(`no ${vendorName} ${operationId}`);
  return route;
}

describe("read from the repository's specs", () => {
  test.each([
    {
      vendor: "twilio-flex",
      operation: "updateInteractionChannel",
      style: "merge",
      append: undefined,
      bodyIdentifier: undefined,
    },
    {
      vendor: "watsonx-orchestrate",
      operation: "updatePhoneConfig",
      style: "merge",
      append: "append",
      bodyIdentifier: undefined,
    },
    {
      vendor: "syllable",
      operation: "updateChannel",
      style: "replace",
      append: undefined,
      bodyIdentifier: "id",
    },
    {
      vendor: "syllable",
      operation: "updateOutboundCampaign",
      style: "replace",
      append: undefined,
      bodyIdentifier: undefined,
    },
    {
      vendor: "healthing",
      operation: "updateChannel",
      style: "merge",
      append: undefined,
      bodyIdentifier: undefined,
    },
  ])("$vendor $operation: $style", ({ vendor, operation, style, append, bodyIdentifier }) => {
    expect(updateSemanticsOf(routeOf(vendor, operation))).toMatchObject({
      style,
      appendParameter: append,
      bodyIdentifier,
    });
  });

  test.each<{
    vendor: string;
    operation: string;
    pathParams: Record<string, string>;
    body: unknown;
    key: string | undefined;
  }>([
    {
      vendor: "twilio-flex",
      operation: "updateInteractionChannel",
      pathParams: { InteractionSid: "KD1", Sid: "UO 2" },
      body: {},
      key: "/v1/Interactions/KD1/Channels/UO%202",
    },
    {
      vendor: "syllable",
      operation: "updateChannel",
      pathParams: {},
      body: { id: 7 },
      key: "/api/v1/channels/7",
    },
    {
      vendor: "syllable",
      operation: "updateChannel",
      pathParams: {},
      body: { name: "no id" },
      key: undefined,
    },
    {
      vendor: "healthing",
      operation: "updateChannel",
      pathParams: { channel_id: "42" },
      body: {},
      key: "/api/v1/channels/42",
    },
  ])(
    "the resource key of $vendor $operation: $key",
    ({ vendor, operation, pathParams, body, key }) => {
      const route = routeOf(vendor, operation);
      const semantics = updateSemanticsOf(route);
      if (!semantics) throw new Error("no semantics");
      expect(resourceKeyOf(route, semantics, pathParams, body)).toBe(key);
    },
  );
});

const RESOURCE: JsonSchema = {
  type: "object",
  properties: { id: { type: "integer" }, name: { type: "string" } },
};

/** A route for an operation Prism would read from a spec of one's own. */
function route(
  method: string,
  path: string,
  request: { body?: JsonSchema; query?: { name: string; schema: JsonSchema }[] } = {},
  response: JsonSchema | null = RESOURCE,
) {
  const paramNames = [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => ({ name: match[1] }));
  return compileRoute({
    id: "op",
    iid: "op",
    method,
    path,
    request: {
      path: paramNames,
      query: request.query ?? [],
      ...(request.body
        ? { body: { contents: [{ mediaType: "application/json", schema: request.body }] } }
        : {}),
    },
    responses: response
      ? [{ code: "200", contents: [{ mediaType: "application/json", schema: response }] }]
      : [],
  } as unknown as PrismOperation);
}

const REQUIRING_NAME: JsonSchema = {
  type: "object",
  required: ["name"],
  properties: { name: { type: "string" } },
};

describe("the rules, on specs of one's own", () => {
  test.each([
    {
      name: "PUT with a required body field replaces",
      route: route("put", "/things/{id}", { body: REQUIRING_NAME }),
      style: "replace",
    },
    {
      name: "PUT whose body requires nothing merges",
      route: route("put", "/things/{id}", { body: RESOURCE }),
      style: "merge",
    },
    {
      name: "PATCH merges",
      route: route("patch", "/things/{id}", { body: REQUIRING_NAME }),
      style: "merge",
    },
    {
      name: "POST to the resource's path merges",
      route: route("post", "/things/{id}"),
      style: "merge",
    },
    {
      name: "POST to a collection creates: no state",
      route: route("post", "/things"),
      style: undefined,
    },
    {
      name: "POST to a sub-path of the resource: no state",
      route: route("post", "/things/{id}/close"),
      style: undefined,
    },
    { name: "GET: no state", route: route("get", "/things/{id}"), style: undefined },
    { name: "DELETE: no state", route: route("delete", "/things/{id}"), style: undefined },
    {
      name: "no JSON object answered: no state",
      route: route("put", "/things/{id}", {}, null),
      style: undefined,
    },
    {
      name: "no path parameter and no body identifier: no state",
      route: route("put", "/things", { body: REQUIRING_NAME }),
      style: undefined,
    },
  ])("$name", ({ route: tested, style }) => {
    expect(updateSemanticsOf(tested)?.style).toBe(style);
  });

  test.each([
    { name: "id", required: ["id", "thing_id"], identifier: "id" },
    { name: "one <thing>_id", required: ["thing_id", "name"], identifier: "thing_id" },
    { name: "one thingId", required: ["thingId"], identifier: "thingId" },
    { name: "two candidates: none", required: ["thing_id", "other_id"], identifier: undefined },
    { name: "an optional id: none", required: [], identifier: undefined },
  ])("the body identifier: $name", ({ required, identifier }) => {
    const body: JsonSchema = {
      type: "object",
      required,
      properties: Object.fromEntries(
        ["id", "thing_id", "thingId", "other_id", "name"].map((name) => [name, { type: "string" }]),
      ),
    };
    expect(updateSemanticsOf(route("put", "/things", { body }))?.bodyIdentifier).toBe(identifier);
  });

  test.each([
    {
      name: "a boolean `append`",
      query: [{ name: "append", schema: { type: "boolean" } }],
      append: "append",
    },
    {
      name: "a string `append`",
      query: [{ name: "append", schema: { type: "string" } }],
      append: undefined,
    },
    {
      name: "another boolean",
      query: [{ name: "merge", schema: { type: "boolean" } }],
      append: undefined,
    },
  ])("the append flag: $name", ({ query, append }) => {
    expect(updateSemanticsOf(route("patch", "/things/{id}", { query }))?.appendParameter).toBe(
      append,
    );
  });
});
