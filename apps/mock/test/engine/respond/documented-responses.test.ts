import { describe, expect, test } from "vitest";
import {
  documentedResponse,
  examplesOf,
} from "../../../src/engine/respond/documented-responses.js";
import type { PrismOperation } from "../../../src/engine/vendor.js";

/** An operation documenting these response codes, each with one example named after it. */
function operationWith(...codes: string[]): PrismOperation {
  const responses = codes.map((code) => ({
    code,
    contents: [{ mediaType: "application/json", examples: [{ key: `ex${code}` }] }],
  }));
  return { responses } as unknown as PrismOperation;
}

// As Prism picks them: the status, its range, `default`; without a code, the lowest 2xx.
describe("documentedResponse", () => {
  test.each([
    { codes: ["200", "404"], code: 404, picked: "404" },
    { codes: ["200", "4XX"], code: 429, picked: "4XX" },
    { codes: ["200", "default"], code: 503, picked: "default" },
    { codes: ["200", "404"], code: 500, picked: undefined },
    { codes: ["404", "204", "200"], code: undefined, picked: "200" },
    { codes: ["404", "default"], code: undefined, picked: "default" },
    { codes: ["404", "422"], code: undefined, picked: "404" },
  ])("$codes, code $code: $picked", ({ codes, code, picked }) => {
    expect(documentedResponse(operationWith(...codes), code)?.code).toBe(picked);
  });
});

test("examplesOf: the example names of one response", () => {
  const [response] = operationWith("200").responses;
  expect(examplesOf(response!)).toStrictEqual(["ex200"]);
});
