import { describe, expect, it } from "vitest";
import type { Difference } from "../src/difference.js";
import { driftReport } from "../src/drift-report.js";
import { fixturePair, operationOf, requestSchema } from "./helpers.js";

type Pair = ReturnType<typeof fixturePair>;

interface Case {
  readonly name: string;
  readonly edit: (pair: Pair) => void;
  readonly request?: readonly Partial<Difference>[];
  readonly response?: readonly Partial<Difference>[];
  readonly exitCode: 0 | 1;
}

const CASES: readonly Case[] = [
  {
    name: "the same API, 3.1 nullable type vs 3.0 nullable, different path parameter names",
    edit: () => {},
    exitCode: 0,
  },
  {
    name: "a request field only the vendor has",
    edit: ({ upstream }) => (requestSchema(upstream).properties.colour = { type: "string" }),
    request: [{ location: "body.colour", kind: "field-missing-ours", breaking: true }],
    response: [{ location: "200.body.colour", kind: "field-missing-ours", breaking: false }],
    exitCode: 1,
  },
  {
    name: "a request field only ours has",
    edit: ({ ours }) => (requestSchema(ours).properties.colour = { type: "string" }),
    request: [{ location: "body.colour", kind: "field-missing-upstream", breaking: false }],
    response: [{ location: "200.body.colour", kind: "field-missing-upstream", breaking: false }],
    exitCode: 0,
  },
  {
    name: "a different type",
    edit: ({ upstream }) => (requestSchema(upstream).properties.size.type = "string"),
    request: [
      {
        location: "body.size",
        kind: "type",
        ours: ["integer"],
        upstream: ["string"],
        breaking: true,
      },
    ],
    response: [{ location: "200.body.size", kind: "type", breaking: false }],
    exitCode: 1,
  },
  {
    name: "an enum value only the vendor has",
    edit: ({ upstream }) => requestSchema(upstream).properties.status.enum.push("paused"),
    request: [
      { location: "body.status", kind: "enum-missing-ours", upstream: ["paused"], breaking: true },
    ],
    response: [{ location: "200.body.status", kind: "enum-missing-ours", breaking: false }],
    exitCode: 1,
  },
  {
    name: "an enum value only ours has",
    edit: ({ ours }) => requestSchema(ours).properties.status.enum.push("paused"),
    request: [
      { location: "body.status", kind: "enum-missing-upstream", ours: ["paused"], breaking: false },
    ],
    response: [{ location: "200.body.status", kind: "enum-missing-upstream" }],
    exitCode: 0,
  },
  {
    name: "a field required in ours and optional upstream",
    edit: ({ upstream }) => (requestSchema(upstream).required = []),
    request: [
      { location: "body.status", kind: "required", ours: true, upstream: false, breaking: true },
    ],
    response: [{ location: "200.body.status", kind: "required", breaking: false }],
    exitCode: 1,
  },
  {
    name: "a field nullable upstream only",
    edit: ({ ours }) => (requestSchema(ours).properties.label.type = "string"),
    request: [
      { location: "body.label", kind: "nullable", ours: false, upstream: true, breaking: true },
    ],
    response: [{ location: "200.body.label", kind: "nullable" }],
    exitCode: 1,
  },
  {
    name: "nullable written as anyOf with null upstream: the same fact",
    edit: ({ upstream }) =>
      (requestSchema(upstream).properties.label = {
        anyOf: [{ type: "string", minLength: 1, maxLength: 64 }, { type: "null" }],
      }),
    exitCode: 0,
  },
  {
    name: "a different pattern",
    edit: ({ upstream }) => (requestSchema(upstream).properties.owner.pattern = "^.+@.+$"),
    request: [
      {
        location: "body.owner",
        kind: "pattern",
        ours: undefined,
        upstream: "^.+@.+$",
        breaking: false,
      },
    ],
    response: [{ location: "200.body.owner", kind: "pattern" }],
    exitCode: 0,
  },
  {
    name: "a pattern only ours has",
    edit: ({ ours }) => (requestSchema(ours).properties.owner.pattern = "^.+@.+$"),
    request: [
      {
        location: "body.owner",
        kind: "pattern",
        ours: "^.+@.+$",
        upstream: undefined,
        breaking: true,
      },
    ],
    response: [{ location: "200.body.owner", kind: "pattern" }],
    exitCode: 1,
  },
  {
    name: "a smaller maxLength in ours",
    edit: ({ upstream }) => (requestSchema(upstream).properties.label.maxLength = 256),
    request: [
      { location: "body.label", kind: "maxLength", ours: 64, upstream: 256, breaking: true },
    ],
    response: [{ location: "200.body.label", kind: "maxLength" }],
    exitCode: 1,
  },
  {
    name: "a larger maxLength in ours",
    edit: ({ upstream }) => (requestSchema(upstream).properties.label.maxLength = 32),
    request: [
      { location: "body.label", kind: "maxLength", ours: 64, upstream: 32, breaking: false },
    ],
    response: [{ location: "200.body.label", kind: "maxLength" }],
    exitCode: 0,
  },
  {
    name: "a larger minimum in ours",
    edit: ({ upstream }) => (requestSchema(upstream).properties.size.minimum = 0),
    request: [{ location: "body.size", kind: "minimum", ours: 1, upstream: 0, breaking: true }],
    response: [{ location: "200.body.size", kind: "minimum" }],
    exitCode: 1,
  },
  {
    name: "a format only ours has",
    edit: ({ upstream }) => delete requestSchema(upstream).properties.owner.format,
    request: [
      {
        location: "body.owner",
        kind: "format",
        ours: "email",
        upstream: undefined,
        breaking: true,
      },
    ],
    response: [{ location: "200.body.owner", kind: "format" }],
    exitCode: 1,
  },
  {
    name: "an annotation-only format only ours has",
    edit: ({ ours, upstream }) => {
      requestSchema(ours).properties.owner.format = "password";
      delete requestSchema(upstream).properties.owner.format;
    },
    request: [{ location: "body.owner", kind: "format", ours: "password", breaking: false }],
    response: [{ location: "200.body.owner", kind: "format" }],
    exitCode: 0,
  },
  {
    name: "a type only ours states where the vendor's schema describes nothing",
    edit: ({ ours, upstream }) => {
      requestSchema(ours).properties.meta = {
        type: "object",
        properties: { a: { type: "string" } },
      };
      requestSchema(upstream).properties.meta = { description: "Any JSON." };
    },
    request: [
      { location: "body.meta", kind: "type", ours: ["object"], upstream: "any", breaking: false },
      { location: "body.meta.a", kind: "field-missing-upstream", breaking: false },
    ],
    response: [
      { location: "200.body.meta", kind: "type" },
      { location: "200.body.meta.a", kind: "field-missing-upstream" },
    ],
    exitCode: 0,
  },
  {
    name: "a type only ours states where the vendor's schema has rules of its own",
    edit: ({ ours, upstream }) => {
      requestSchema(ours).properties.meta = { type: "string" };
      requestSchema(upstream).properties.meta = { enum: ["a", 1] };
    },
    request: [
      { location: "body.meta", kind: "type", ours: ["string"], upstream: "any", breaking: true },
      { location: "body.meta", kind: "enum-missing-ours", breaking: false },
    ],
    response: [
      { location: "200.body.meta", kind: "type" },
      { location: "200.body.meta", kind: "enum-missing-ours" },
    ],
    exitCode: 1,
  },
  {
    name: "a query parameter only the vendor has",
    edit: ({ upstream }) =>
      operationOf(upstream).parameters.push({
        name: "notify",
        in: "query",
        schema: { type: "boolean" },
      }),
    request: [{ location: "query.notify", kind: "parameter-missing-ours", breaking: true }],
    exitCode: 1,
  },
  {
    name: "a query parameter only ours has",
    edit: ({ upstream }) => operationOf(upstream).parameters.pop(),
    request: [{ location: "query.dryRun", kind: "parameter-missing-upstream", breaking: false }],
    exitCode: 0,
  },
  {
    name: "a path parameter whose pattern differs, matched by position",
    edit: ({ upstream }) => (operationOf(upstream).parameters[0].schema.pattern = "^WI.+$"),
    request: [{ location: "path.WidgetSid", kind: "pattern", upstream: "^WI.+$", breaking: false }],
    exitCode: 0,
  },
  {
    name: "an operation the vendor lacks",
    edit: ({ upstream }) => (upstream.paths = { "/v1/Other": upstream.paths["/v1/Widgets/{Sid}"] }),
    request: [{ location: "operation", kind: "operation-missing", breaking: false }],
    exitCode: 0,
  },
  {
    name: "an operation at another path, matched by operationId",
    edit: ({ upstream }) => {
      const operation = operationOf(upstream);
      operation.operationId = "updateWidget";
      upstream.paths = { "/v2/widgets/{Sid}": { post: operation } };
    },
    exitCode: 0,
  },
];

describe("driftReport", () => {
  it.each(CASES)("$name", ({ edit, request = [], response = [], exitCode }) => {
    const pair = fixturePair();
    edit(pair);
    const report = driftReport("acme", pair.ours, pair.upstream);
    const [operation] = report.operations;
    expect(operation?.operationId).toBe("updateWidget");
    expect(operation?.request).toEqual(
      request.map((difference) => expect.objectContaining(difference)),
    );
    expect(operation?.response).toEqual(
      response.map((difference) => expect.objectContaining(difference)),
    );
    expect(report.exitCode).toBe(exitCode);
  });

  it("stops at a schema that refers to itself (the fixture's `parent`)", () => {
    const { ours, upstream } = fixturePair();
    expect(driftReport("acme", ours, upstream).operations[0]?.upstream?.path).toBe(
      "/v1/Widgets/{Sid}",
    );
  });
});
