import { describe, expect, test } from "vitest";
import { refusalOf } from "../../../src/engine/respond/ask-prism.js";

// Prism's failure texts name its internals (exampleKey, contentType, "We tried default
// response"); what a client reads is the gateway's own wording, by status alone.
describe("refusalOf: a Prism failure, in the gateway's words", () => {
  test.each([
    {
      status: 404,
      matched: false,
      refusal: { status: 404, reason: "Not Found", byGateway: false },
    },
    {
      status: 405,
      matched: false,
      refusal: { status: 405, reason: "Method Not Allowed", byGateway: false },
    },
    {
      status: 406,
      matched: true,
      refusal: { status: 406, reason: "Not Acceptable", byGateway: false },
    },
    {
      status: 404,
      matched: true,
      refusal: {
        status: 400,
        reason: "The Prefer header cannot be honoured for this request",
        byGateway: true,
      },
    },
    {
      status: 500,
      matched: true,
      refusal: { status: 500, reason: "The mock could not build an answer", byGateway: true },
    },
    {
      status: 503,
      matched: false,
      refusal: { status: 500, reason: "The mock could not build an answer", byGateway: true },
    },
  ])("$status, matched $matched", ({ status, matched, refusal }) => {
    expect(refusalOf(status, matched)).toStrictEqual(refusal);
  });
});
