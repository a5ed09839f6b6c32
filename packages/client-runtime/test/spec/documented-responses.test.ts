import { describe, expect, test } from "vitest";
import { documentedResponses, specOperations } from "../../src/spec/index.js";

const document = {
  paths: {
    "/queues/{id}": {
      patch: {
        operationId: "updateQueue",
        responses: {
          "200": {
            content: {
              "application/json": { examples: { updated: { value: {} }, paused: { value: {} } } },
              "text/plain": { examples: { updated: { value: "" } } },
            },
          },
          "429": { $ref: "#/components/responses/RateLimited" },
          "204": { description: "no body" },
        },
      },
    },
  },
  components: {
    responses: {
      RateLimited: { content: { "application/json": { example: { error: "slow down" } } } },
    },
  },
};

describe("documentedResponses", () => {
  test("every status (numeric ones ascending, as objects order them), with its examples' names over every media type", () => {
    const [operation] = specOperations(document);
    expect(documentedResponses(document, operation!)).toStrictEqual([
      { status: "200", examples: ["updated", "paused"] },
      { status: "204", examples: [] },
      { status: "429", examples: ["example"] },
    ]);
  });
});
