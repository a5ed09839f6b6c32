import { describe, expect, test } from "vitest";
import {
  detectErrorFormat,
  ERROR_FORMAT_NAMES,
  type ErrorFormatName,
} from "../../../src/spec/index.js";

function documentWith(schemas?: Record<string, unknown>): Record<string, unknown> {
  return {
    info: { title: "Tiny", version: "1" },
    paths: {},
    ...(schemas === undefined ? {} : { components: { schemas } }),
  };
}

const fastapiError = {
  type: "object",
  properties: { detail: { type: "array", items: { $ref: "#/components/schemas/VE" } } },
};
const twilioError = {
  type: "object",
  properties: {
    code: { type: "integer" },
    message: { type: "string" },
    more_info: { type: "string" },
    status: { type: "integer" },
  },
};

describe("detectErrorFormat", () => {
  test.each<{ name: string; document: unknown; format: ErrorFormatName }>([
    {
      name: "a detail array (FastAPI HTTPValidationError)",
      document: documentWith({ Thing: { type: "object" }, HTTPValidationError: fastapiError }),
      format: "fastapi",
    },
    {
      name: "code, message and more_info (Twilio)",
      document: documentWith({ TwilioError: twilioError }),
      format: "twilio",
    },
    {
      name: "Twilio's keys without status",
      document: documentWith({
        E: { properties: { code: {}, message: {}, more_info: {} } },
      }),
      format: "twilio",
    },
    {
      name: "detail array wins over Twilio keys",
      document: documentWith({ A: twilioError, B: fastapiError }),
      format: "fastapi",
    },
    {
      name: "a string detail (problem+json)",
      document: documentWith({ Problem: { properties: { detail: { type: "string" } } } }),
      format: "problem",
    },
    {
      name: "code and message without more_info",
      document: documentWith({ E: { properties: { code: {}, message: {} } } }),
      format: "problem",
    },
    { name: "no schemas", document: documentWith({}), format: "problem" },
    { name: "no components", document: documentWith(), format: "problem" },
    {
      name: "schemas that are not objects",
      document: documentWith({ A: true, B: null }),
      format: "problem",
    },
    { name: "not a document", document: "openapi: 3.1.0", format: "problem" },
  ])("$name: $format", ({ document, format }) => {
    expect(detectErrorFormat(document)).toBe(format);
  });

  test("ERROR_FORMAT_NAMES lists every format", () => {
    expect(ERROR_FORMAT_NAMES).toEqual(["fastapi", "twilio", "problem"]);
  });
});
