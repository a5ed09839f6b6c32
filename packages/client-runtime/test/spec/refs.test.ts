import { describe, expect, test } from "vitest";
import { refPointer, resolveNode, resolvePointer } from "../../src/spec/index.js";

const document = {
  components: {
    schemas: {
      Thing: { type: "object" },
      Alias: { $ref: "#/components/schemas/Thing" },
      AliasOfAlias: { $ref: "#/components/schemas/Alias" },
      "Two Words": { type: "string" },
      "a/b": { type: "integer" },
      Encoded: { $ref: "#/components/schemas/Two%20Words" },
      Slashed: { $ref: "#/components/schemas/a~1b" },
      Loop: { $ref: "#/components/schemas/Loop" },
      Ping: { $ref: "#/components/schemas/Pong" },
      Pong: { $ref: "#/components/schemas/Ping" },
      Dangling: { $ref: "#/components/schemas/Missing" },
      ToDangling: { $ref: "#/components/schemas/Dangling" },
      Remote: { $ref: "other.yaml#/components/schemas/Thing" },
      NotAString: { $ref: 42 },
    },
  },
};

describe("refPointer", () => {
  test.each([
    { ref: "#", pointer: "" },
    { ref: "#/components/schemas/Thing", pointer: "/components/schemas/Thing" },
    { ref: "#/components/schemas/Two%20Words", pointer: "/components/schemas/Two Words" },
    { ref: "#/components/schemas/a~1b", pointer: "/components/schemas/a~1b" },
    { ref: "#/paths/%7B%7D", pointer: "/paths/{}" },
  ])("$ref → $pointer", ({ ref, pointer }) => {
    expect(refPointer(ref)).toBe(pointer);
  });

  test.each([
    "other.yaml#/components/schemas/Thing",
    "https://example.test/spec.json#/a",
    "/components/schemas/Thing",
  ])("refuses a non-local $ref: %s", (ref) => {
    expect(() => refPointer(ref)).toThrow(
      `Only local $refs are supported in a bundled spec, got "${ref}"`,
    );
  });
});

describe("resolvePointer", () => {
  test.each([
    { from: "Thing", to: "Thing" },
    { from: "Alias", to: "Thing" },
    { from: "AliasOfAlias", to: "Thing" },
    { from: "Encoded", to: "Two Words" },
    { from: "Slashed", to: "a~1b" },
    // Only a string $ref is a reference.
    { from: "NotAString", to: "NotAString" },
  ])("$from ends at $to", ({ from, to }) => {
    expect(resolvePointer(document, `/components/schemas/${from}`)).toBe(
      `/components/schemas/${to}`,
    );
  });

  test("a pointer that names nothing is returned as it is", () => {
    expect(resolvePointer(document, "/components/nothing")).toBe("/components/nothing");
  });

  test.each([
    { from: "Loop", error: "$ref cycle at #/components/schemas/Loop" },
    { from: "Ping", error: "$ref cycle at #/components/schemas/Pong" },
    { from: "Dangling", error: "Unresolved $ref #/components/schemas/Missing" },
    { from: "ToDangling", error: "Unresolved $ref #/components/schemas/Missing" },
    { from: "Remote", error: "Only local $refs are supported" },
  ])("$from throws: $error", ({ from, error }) => {
    expect(() => resolvePointer(document, `/components/schemas/${from}`)).toThrow(error);
  });
});

describe("resolveNode", () => {
  const { schemas } = document.components;
  const anArray = [{ $ref: "#/components/schemas/Thing" }];

  test.each([
    { name: "a node without $ref", node: schemas.Thing, resolved: schemas.Thing },
    {
      name: "a $ref chain",
      node: { $ref: "#/components/schemas/AliasOfAlias" },
      resolved: schemas.Thing,
    },
    { name: "a percent-encoded $ref", node: schemas.Encoded, resolved: schemas["Two Words"] },
    { name: "an escaped $ref", node: schemas.Slashed, resolved: schemas["a/b"] },
    { name: "an array", node: anArray, resolved: anArray },
    {
      name: "a string",
      node: "#/components/schemas/Thing",
      resolved: "#/components/schemas/Thing",
    },
    { name: "undefined", node: undefined, resolved: undefined },
  ])("$name", ({ node, resolved }) => {
    expect(resolveNode(document, node)).toBe(resolved);
  });

  test.each([
    { node: { $ref: "#/components/schemas/Missing" }, error: "Unresolved $ref" },
    { node: schemas.Ping, error: "$ref cycle" },
    { node: schemas.Remote, error: "Only local $refs" },
  ])("throws $error", ({ node, error }) => {
    expect(() => resolveNode(document, node)).toThrow(error);
  });
});
