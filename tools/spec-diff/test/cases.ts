import type { OpenApiDocument } from "../src/openapi.js";
import { arr, obj, schema } from "./helpers.js";

/**
 * One edit of test/fixtures/things.yaml. Breaking cases name the rule that must report them and
 * where; `openapiDiff` records whether openapi-diff 0.24.1 on its own reports the edit as breaking
 * (README.md's table), so an upgrade that changes what it sees shows up here.
 */
export interface EditCase {
  name: string;
  edit: (document: OpenApiDocument) => void;
}

export interface BreakingCase extends EditCase {
  /** The rule that must report it, and the start of the line it prints (operation, location). */
  rule: string;
  location: string;
  openapiDiff: boolean;
}

const thing = (document: OpenApiDocument) => obj(document, "paths", "/things/{thingId}");

export const BREAKING: BreakingCase[] = [
  {
    name: "removed operation",
    edit: (d) => void delete thing(d).patch,
    rule: "openapi-diff:method.remove",
    location: "PATCH /things/{thingId} operation",
    openapiDiff: true,
  },
  {
    name: "removed path",
    edit: (d) => void delete obj(d, "paths")["/things/{thingId}/status"],
    rule: "openapi-diff:path.remove",
    location: "path /things/{thingId}/status",
    openapiDiff: true,
  },
  {
    name: "removed request field (JSON body, closed object, $ref'd)",
    edit: (d) => void delete schema(d, "ThingUpdate", "properties").size,
    rule: "field-removed",
    location: "PATCH /things/{thingId} request body (application/json) field size",
    openapiDiff: true,
  },
  {
    name: "removed nested request field (in anyOf [$ref, null])",
    edit: (d) => void delete schema(d, "Owner", "properties").team,
    rule: "field-removed",
    location: "PATCH /things/{thingId} request body (application/json) field owner.team",
    openapiDiff: true,
  },
  {
    name: "removed request field (form body)",
    edit: (d) => void delete schema(d, "StatusUpdate", "properties").Reason,
    rule: "field-removed",
    location:
      "POST /things/{thingId}/status request body (application/x-www-form-urlencoded) field Reason",
    openapiDiff: false,
  },
  {
    name: "removed request field (JSON body, open object)",
    edit: (d) => {
      delete schema(d, "ThingUpdate").additionalProperties;
      delete schema(d, "ThingUpdate", "properties").size;
    },
    rule: "field-removed",
    location: "PATCH /things/{thingId} request body (application/json) field size",
    openapiDiff: false,
  },
  {
    name: "removed query parameter",
    edit: (d) => void (obj(thing(d), "get").parameters = []),
    rule: "field-removed",
    location: "GET /things/{thingId} query parameter view",
    openapiDiff: false,
  },
  {
    name: "removed request media type",
    edit: (d) => {
      const content = obj(thing(d), "patch", "requestBody", "content");
      content["application/merge-patch+json"] = content["application/json"];
      delete content["application/json"];
    },
    rule: "field-removed",
    location: "PATCH /things/{thingId} request body (application/json)",
    openapiDiff: false,
  },
  {
    name: "removed response field",
    edit: (d) => void delete schema(d, "Thing", "properties").size,
    rule: "field-removed",
    location: "GET /things/{thingId} response 200 (application/json) field size",
    openapiDiff: true,
  },
  {
    name: "newly required request field (JSON body)",
    edit: (d) => void arr(schema(d, "ThingUpdate"), "required").push("color"),
    rule: "newly-required-request-field",
    location: "PATCH /things/{thingId} request body (application/json) field color",
    openapiDiff: true,
  },
  {
    name: "new request field added as required",
    edit: (d) => {
      schema(d, "ThingUpdate", "properties").weight = { type: "number" };
      arr(schema(d, "ThingUpdate"), "required").push("weight");
    },
    rule: "newly-required-request-field",
    location: "PATCH /things/{thingId} request body (application/json) field weight",
    openapiDiff: true,
  },
  {
    name: "newly required request field (form body)",
    edit: (d) => void arr(schema(d, "StatusUpdate"), "required").push("Reason"),
    rule: "newly-required-request-field",
    location:
      "POST /things/{thingId}/status request body (application/x-www-form-urlencoded) field Reason",
    openapiDiff: false,
  },
  {
    name: "query parameter made required",
    edit: (d) => void (obj(arr(obj(thing(d), "get"), "parameters"), "0").required = true),
    rule: "newly-required-request-field",
    location: "GET /things/{thingId} query parameter view",
    openapiDiff: false,
  },
  {
    name: "narrowed request enum ($ref'd, JSON body)",
    edit: (d) => void (schema(d, "Color").enum = ["red", "green"]),
    rule: "request-enum-narrowed",
    location: "PATCH /things/{thingId} request body (application/json) field color",
    openapiDiff: false,
  },
  {
    name: "narrowed request enum (form body)",
    edit: (d) => void (schema(d, "StatusUpdate", "properties", "Status").enum = ["closed"]),
    rule: "request-enum-narrowed",
    location:
      "POST /things/{thingId}/status request body (application/x-www-form-urlencoded) field Status",
    openapiDiff: false,
  },
  {
    name: "narrowed query parameter enum",
    edit: (d) => void (obj(arr(obj(thing(d), "get"), "parameters"), "0", "schema").enum = ["full"]),
    rule: "request-enum-narrowed",
    location: "GET /things/{thingId} query parameter view",
    openapiDiff: false,
  },
  {
    name: "enum put on a free request field",
    edit: (d) => void (schema(d, "ThingUpdate", "properties", "name").enum = ["Widget"]),
    rule: "request-enum-narrowed",
    location: "PATCH /things/{thingId} request body (application/json) field name",
    openapiDiff: false,
  },
  {
    name: "changed request field type (integer to string)",
    edit: (d) => void (schema(d, "ThingUpdate", "properties", "size").type = "string"),
    rule: "field-type-changed",
    location: "PATCH /things/{thingId} request body (application/json) field size",
    openapiDiff: true,
  },
  {
    name: "changed response field type (integer to string)",
    edit: (d) => void (schema(d, "Thing", "properties", "size").type = "string"),
    rule: "field-type-changed",
    location: "GET /things/{thingId} response 200 (application/json) field size",
    openapiDiff: true,
  },
  {
    name: "request field no longer nullable ([string, null] to string)",
    edit: (d) => void (schema(d, "ThingUpdate", "properties", "note").type = "string"),
    rule: "field-type-changed",
    location: "PATCH /things/{thingId} request body (application/json) field note",
    openapiDiff: false,
  },
  {
    name: "request field no longer nullable (anyOf [$ref, null] to $ref)",
    edit: (d) => {
      schema(d, "ThingUpdate", "properties").owner = { $ref: "#/components/schemas/Owner" };
    },
    rule: "field-type-changed",
    location: "PATCH /things/{thingId} request body (application/json) field owner",
    openapiDiff: false,
  },
  {
    name: "response field made nullable (string to [string, null])",
    edit: (d) => void (schema(d, "Thing", "properties", "name").type = ["string", "null"]),
    rule: "field-type-changed",
    location: "GET /things/{thingId} response 200 (application/json) field name",
    openapiDiff: false,
  },
  {
    name: "changed path parameter type",
    edit: (d) => void (obj(arr(thing(d), "parameters"), "0", "schema").type = "integer"),
    rule: "field-type-changed",
    location: "GET /things/{thingId} path parameter thingId",
    openapiDiff: false,
  },
  {
    name: "changed form field type",
    edit: (d) => void (schema(d, "StatusUpdate", "properties", "Reason").type = "integer"),
    rule: "field-type-changed",
    location:
      "POST /things/{thingId}/status request body (application/x-www-form-urlencoded) field Reason",
    openapiDiff: false,
  },
  {
    name: "response field made optional",
    edit: (d) => void (schema(d, "Thing").required = ["id"]),
    rule: "openapi-diff:response.body.scope.add",
    location: "GET /things/{thingId} response 200 (application/json)",
    openapiDiff: true,
  },
  {
    name: "narrower request constraint (maxLength 64 to 32)",
    edit: (d) => void (schema(d, "ThingUpdate", "properties", "name").maxLength = 32),
    rule: "openapi-diff:request.body.scope.remove",
    location: "PATCH /things/{thingId} request body (application/json)",
    openapiDiff: true,
  },
];

export const NON_BREAKING: EditCase[] = [
  {
    name: "added optional request field",
    edit: (d) => void (schema(d, "ThingUpdate", "properties").weight = { type: "number" }),
  },
  {
    name: "added optional form field",
    edit: (d) => void (schema(d, "StatusUpdate", "properties").Comment = { type: "string" }),
  },
  {
    name: "added optional query parameter",
    edit: (d) => {
      arr(obj(thing(d), "get"), "parameters").push({
        name: "expand",
        in: "query",
        schema: { type: "boolean" },
      });
    },
  },
  {
    name: "widened request enum",
    edit: (d) => void arr(schema(d, "Color"), "enum").push("black"),
  },
  {
    name: "narrowed response enum",
    edit: (d) => void (schema(d, "Thing", "properties", "color").enum = ["red"]),
  },
  {
    name: "added operation",
    edit: (d) => {
      thing(d).delete = {
        operationId: "deleteThing",
        summary: "Delete a thing",
        responses: { "204": { description: "Deleted" } },
      };
    },
  },
  {
    name: "added path",
    edit: (d) => {
      obj(d, "paths")["/health"] = {
        get: { operationId: "health", responses: { "200": { description: "Up" } } },
      };
    },
  },
  {
    name: "description, summary and example changes",
    edit: (d) => {
      obj(thing(d), "get").summary = "Fetch a thing";
      schema(d, "Thing").description = "A thing, as stored";
      schema(d, "ThingUpdate", "properties", "name").examples = ["Gadget"];
    },
  },
  {
    name: "new response field",
    edit: (d) => void (schema(d, "Thing", "properties").createdAt = { type: "string" }),
  },
  {
    name: "response field made required",
    edit: (d) => void arr(schema(d, "Thing"), "required").push("color"),
  },
  {
    name: "request field made optional",
    edit: (d) => void (schema(d, "ThingUpdate").required = []),
  },
  {
    name: "request field made nullable and wider (integer to [number, null])",
    edit: (d) => void (schema(d, "ThingUpdate", "properties", "size").type = ["number", "null"]),
  },
  {
    name: "response field no longer nullable ([string, null] to string)",
    edit: (d) => void (schema(d, "Thing", "properties", "note").type = "string"),
  },
];
