import { findOperation } from "@switchboard/test-support";
import { describe, expect, it } from "vitest";

import { expectAccepted, expectRejected, type ExpectedError } from "./support/expectations.js";
import { mutated } from "./support/mutate.js";
import {
  decodeFormBody,
  operationParameters,
  parameterValidator,
  requestBodyValidator,
} from "./support/spec-validator.js";
import {
  channelSid,
  closeChannelForm,
  deactivateChannelForm,
  interactionSid,
} from "./fixtures/twilio-flex.js";

interface Rejection {
  why: string;
  body: unknown;
  error: ExpectedError;
}

const vendor = "twilio-flex";
const operationId = "updateInteractionChannel";
const form = "application/x-www-form-urlencoded";

describe("twilio-flex", () => {
  describe("updateInteractionChannel (POST /v1/Interactions/{InteractionSid}/Channels/{Sid})", () => {
    const validate = requestBodyValidator(vendor, operationId, form);
    const closed = decodeFormBody(vendor, operationId, closeChannelForm);
    const inactive = decodeFormBody(vendor, operationId, deactivateChannelForm);

    it("is the operation the seed page documents", () => {
      const { method, path } = findOperation(vendor, operationId);
      expect(`${method.toUpperCase()} ${path}`).toBe(
        "POST /v1/Interactions/{InteractionSid}/Channels/{Sid}",
      );
    });

    it("decodes the page's forms with the spec's encoding (Routing is one JSON document)", () => {
      expect(closed).toEqual({ Status: "closed" });
      expect(inactive).toEqual({ Status: "inactive", Routing: { status: "closed" } });
    });

    it("accepts the page's `Status=closed`", () => {
      expectAccepted(validate, closed);
    });

    it("accepts the page's `Status=inactive` with `Routing` {status: closed}", () => {
      expectAccepted(validate, inactive);
    });

    it("also accepts Routing with Status closed (optional there)", () => {
      expectAccepted(validate, { Status: "closed", Routing: { status: "closed" } });
    });

    it.each<Rejection>([
      {
        why: "bad enum value (Status active)",
        body: mutated(closed, { op: "replace", path: "/Status", value: "active" }),
        error: { keyword: "enum", instancePath: "/Status" },
      },
      {
        why: "bad enum value (Routing status wrapping)",
        body: mutated(inactive, { op: "replace", path: "/Routing/status", value: "wrapping" }),
        error: { keyword: "enum", instancePath: "/Routing/status" },
      },
      {
        why: "wrong type (Routing left as the undecoded form string)",
        body: { ...deactivateChannelForm },
        error: { keyword: "type", instancePath: "/Routing", params: { type: "object" } },
      },
      {
        why: "wrong type (Status as a boolean)",
        body: mutated(closed, { op: "replace", path: "/Status", value: false }),
        error: { keyword: "type", instancePath: "/Status", params: { type: "string" } },
      },
      {
        why: "missing required field Status",
        body: mutated(inactive, { op: "remove", path: "/Status" }),
        error: { keyword: "required", instancePath: "", params: { missingProperty: "Status" } },
      },
      {
        why: "missing required field Routing.status",
        body: mutated(inactive, { op: "remove", path: "/Routing/status" }),
        error: {
          keyword: "required",
          instancePath: "/Routing",
          params: { missingProperty: "status" },
        },
      },
      {
        why: "Status inactive without Routing (the spec's if/then)",
        body: mutated(inactive, { op: "remove", path: "/Routing" }),
        error: { keyword: "required", instancePath: "", params: { missingProperty: "Routing" } },
      },
      {
        why: "unknown property (the body is closed)",
        body: mutated(closed, { op: "add", path: "/RoutingStatus", value: "closed" }),
        error: {
          keyword: "additionalProperties",
          instancePath: "",
          params: { additionalProperty: "RoutingStatus" },
        },
      },
      {
        why: "unknown property (in Routing)",
        body: mutated(inactive, { op: "add", path: "/Routing/reason", value: "done" }),
        error: {
          keyword: "additionalProperties",
          instancePath: "/Routing",
          params: { additionalProperty: "reason" },
        },
      },
    ])("rejects $why", ({ body, error }) => {
      expectRejected(validate, body, error);
    });

    it("rejects Status inactive without Routing through the if/then, not another rule", () => {
      validate({ Status: "inactive" });
      expect(validate.errors?.map(({ keyword }) => keyword).sort()).toEqual(["if", "required"]);
    });

    describe("path parameters", () => {
      it("has the two required path parameters (declared on the path item)", () => {
        expect(
          operationParameters(vendor, operationId).map(({ name, in: location, required }) => ({
            name,
            in: location,
            required,
          })),
        ).toEqual([
          { name: "InteractionSid", in: "path", required: true },
          { name: "Sid", in: "path", required: true },
        ]);
      });

      const cases: Array<{
        name: "InteractionSid" | "Sid";
        valid: string;
        invalid: Array<{ why: string; value: unknown; error: ExpectedError }>;
      }> = [
        {
          name: "InteractionSid",
          valid: interactionSid,
          invalid: [
            {
              why: "over-long (35 characters, length 34)",
              value: `${interactionSid}a`,
              error: { keyword: "maxLength", instancePath: "", params: { limit: 34 } },
            },
            {
              why: "too short (33 characters, length 34)",
              value: interactionSid.slice(0, 33),
              error: { keyword: "minLength", instancePath: "", params: { limit: 34 } },
            },
            {
              why: "a bad pattern (a Channel SID's UO prefix)",
              value: channelSid,
              error: { keyword: "pattern", instancePath: "" },
            },
            {
              why: "a bad pattern (non-hex characters)",
              value: `KD${"z".repeat(32)}`,
              error: { keyword: "pattern", instancePath: "" },
            },
          ],
        },
        {
          name: "Sid",
          valid: channelSid,
          invalid: [
            {
              why: "over-long (35 characters, length 34)",
              value: `${channelSid}1`,
              error: { keyword: "maxLength", instancePath: "", params: { limit: 34 } },
            },
            {
              why: "a bad pattern (an Interaction SID's KD prefix)",
              value: interactionSid,
              error: { keyword: "pattern", instancePath: "" },
            },
            {
              why: "a bad pattern (lower-case prefix)",
              value: `uo${channelSid.slice(2)}`,
              error: { keyword: "pattern", instancePath: "" },
            },
            {
              why: "the wrong type",
              value: 34,
              error: { keyword: "type", instancePath: "", params: { type: "string" } },
            },
          ],
        },
      ];

      describe.each(cases)("$name", ({ name, valid, invalid }) => {
        const validateSid = parameterValidator(vendor, operationId, name, "path");

        it(`accepts the page's SID ${valid}`, () => {
          expectAccepted(validateSid, valid);
        });

        it.each(invalid)("rejects it $why", ({ value, error }) => {
          expectRejected(validateSid, value, error);
        });
      });
    });
  });
});
