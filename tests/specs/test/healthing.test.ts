import { findOperation } from "@switchboard/test-support";
import { describe, expect, it } from "vitest";

import { expectAccepted, expectRejected, type ExpectedError } from "./support/expectations.js";
import { mutated, type Change } from "./support/mutate.js";
import {
  findParameter,
  parameterValidator,
  requestBodyValidator,
} from "./support/spec-validator.js";
import { updateChannelId, updateChannelRequest } from "./fixtures/healthing.js";

interface Rejection {
  why: string;
  changes: Change[];
  error: ExpectedError;
}

describe("healthing", () => {
  describe("updateChannel (PUT /api/v1/channels/{channel_id})", () => {
    const validate = requestBodyValidator("healthing", "updateChannel");
    const validateChannelId = parameterValidator(
      "healthing",
      "updateChannel",
      "channel_id",
      "path",
    );

    it("is the operation the seed page documents", () => {
      const { method, path } = findOperation("healthing", "updateChannel");
      expect(`${method.toUpperCase()} ${path}`).toBe("PUT /api/v1/channels/{channel_id}");
    });

    it("accepts a body built from the page's ChannelUpdate fields", () => {
      expectAccepted(validate, updateChannelRequest);
    });

    it("accepts an integer channel_id as the required path parameter", () => {
      expect(findParameter("healthing", "updateChannel", "channel_id")).toMatchObject({
        in: "path",
        required: true,
      });
      expectAccepted(validateChannelId, updateChannelId);
    });

    it.each<{ why: string; body: unknown }>([
      { why: "an empty body (no field is required)", body: {} },
      { why: "business_hours null", body: { business_hours: null } },
      { why: "assignment_mode null", body: { assignment_mode: null } },
      {
        why: "a weekday with only `enabled` (no DaySchedule field is required)",
        body: { business_hours: { monday: { enabled: false } } },
      },
      {
        why: "midnight to 23:59",
        body: { business_hours: { sunday: { enabled: true, start: "00:00", end: "23:59" } } },
      },
    ])("also accepts $why", ({ body }) => {
      expectAccepted(validate, body);
    });

    it.each<Rejection>([
      // No "bad enum value" row: the page shows no values for AssignmentModeEnum and the spec
      // leaves it an open string, so there is no enum to violate.
      {
        why: "wrong type (assignment_mode as a number)",
        changes: [{ op: "replace", path: "/assignment_mode", value: 1 }],
        error: { keyword: "type", instancePath: "/assignment_mode", params: { type: "string" } },
      },
      {
        why: "wrong type (DaySchedule.enabled as a string)",
        changes: [{ op: "replace", path: "/business_hours/monday/enabled", value: "true" }],
        error: {
          keyword: "type",
          instancePath: "/business_hours/monday/enabled",
          params: { type: "boolean" },
        },
      },
      {
        why: "wrong type (business_hours as a string)",
        changes: [{ op: "replace", path: "/business_hours", value: "08:00-18:00" }],
        error: { keyword: "type", instancePath: "/business_hours", params: { type: "object" } },
      },
      {
        why: "wrong type (a weekday as a list of times)",
        changes: [{ op: "replace", path: "/business_hours/tuesday", value: ["08:00", "18:00"] }],
        error: {
          keyword: "type",
          instancePath: "/business_hours/tuesday",
          params: { type: "object" },
        },
      },
      // No "missing required field" row: the page marks no field of ChannelUpdate, BusinessHours
      // or DaySchedule required (the only required input is the channel_id path parameter).
      {
        why: "bad time pattern (start without a leading zero)",
        changes: [{ op: "replace", path: "/business_hours/monday/start", value: "8:00" }],
        error: { keyword: "pattern", instancePath: "/business_hours/monday/start" },
      },
      {
        why: "bad time pattern (end with seconds; HH:MM only)",
        changes: [{ op: "replace", path: "/business_hours/friday/end", value: "17:30:00" }],
        error: { keyword: "pattern", instancePath: "/business_hours/friday/end" },
      },
      {
        why: "bad time pattern (end 24:00)",
        changes: [{ op: "replace", path: "/business_hours/wednesday/end", value: "24:00" }],
        error: { keyword: "pattern", instancePath: "/business_hours/wednesday/end" },
      },
      {
        why: "bad time pattern (12-hour clock)",
        changes: [{ op: "replace", path: "/business_hours/thursday/start", value: "08:00 AM" }],
        error: { keyword: "pattern", instancePath: "/business_hours/thursday/start" },
      },
      {
        why: "unknown property (the body is closed)",
        changes: [{ op: "add", path: "/name", value: "Inbox" }],
        error: {
          keyword: "additionalProperties",
          instancePath: "",
          params: { additionalProperty: "name" },
        },
      },
      {
        why: "unknown property (misspelt weekday in BusinessHours)",
        changes: [{ op: "add", path: "/business_hours/thurday", value: null }],
        error: {
          keyword: "additionalProperties",
          instancePath: "/business_hours",
          params: { additionalProperty: "thurday" },
        },
      },
      {
        why: "unknown property (timezone in a DaySchedule)",
        changes: [
          { op: "add", path: "/business_hours/monday/timezone", value: "America/Sao_Paulo" },
        ],
        error: {
          keyword: "additionalProperties",
          instancePath: "/business_hours/monday",
          params: { additionalProperty: "timezone" },
        },
      },
    ])("rejects $why", ({ changes, error }) => {
      expectRejected(validate, mutated(updateChannelRequest, ...changes), error);
    });

    it.each<{ why: string; value: unknown; error: ExpectedError }>([
      {
        why: "as an undeserialized string",
        value: String(updateChannelId),
        error: { keyword: "type", instancePath: "", params: { type: "integer" } },
      },
      {
        why: "as a fraction",
        value: 4.2,
        error: { keyword: "type", instancePath: "", params: { type: "integer" } },
      },
    ])("rejects channel_id $why", ({ value, error }) => {
      expectRejected(validateChannelId, value, error);
    });
  });
});
