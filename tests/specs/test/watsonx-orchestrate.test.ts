import { findOperation } from "@switchboard/test-support";
import { describe, expect, it } from "vitest";

import { expectAccepted, expectRejected, type ExpectedError } from "./support/expectations.js";
import { mutated, type Change } from "./support/mutate.js";
import {
  findParameter,
  parameterValidator,
  requestBodyValidator,
} from "./support/spec-validator.js";
import {
  updatePhoneConfigAppend,
  updatePhoneConfigId,
  updatePhoneConfigRequest,
} from "./fixtures/watsonx-orchestrate.js";

interface Rejection {
  why: string;
  changes: Change[];
  error: ExpectedError;
}

const vendor = "watsonx-orchestrate";

describe("watsonx-orchestrate", () => {
  describe("updatePhoneConfig (PATCH /api/v1/channels/phone/{config_id})", () => {
    const validate = requestBodyValidator(vendor, "updatePhoneConfig");
    const validateConfigId = parameterValidator(vendor, "updatePhoneConfig", "config_id", "path");
    const validateAppend = parameterValidator(vendor, "updatePhoneConfig", "append", "query");

    it("is the operation the seed page documents", () => {
      const { method, path } = findOperation(vendor, "updatePhoneConfig");
      expect(`${method.toUpperCase()} ${path}`).toBe("PATCH /api/v1/channels/phone/{config_id}");
    });

    it("accepts the page's curl --data body", () => {
      expectAccepted(validate, updatePhoneConfigRequest);
    });

    it("accepts a uuid config_id (required path parameter)", () => {
      expect(findParameter(vendor, "updatePhoneConfig", "config_id")).toMatchObject({
        in: "path",
        required: true,
      });
      expectAccepted(validateConfigId, updatePhoneConfigId);
    });

    it("accepts append=true and append=false (optional query parameter)", () => {
      expect(findParameter(vendor, "updatePhoneConfig", "append")).toMatchObject({ in: "query" });
      expect(findParameter(vendor, "updatePhoneConfig", "append").required ?? false).toBe(false);
      expectAccepted(validateAppend, updatePhoneConfigAppend);
      expectAccepted(validateAppend, false);
    });

    it.each<{ why: string; changes: Change[] }>([
      {
        why: "a name of exactly 64 characters",
        changes: [{ op: "replace", path: "/name", value: "n".repeat(64) }],
      },
      {
        why: "a description of exactly 1024 characters",
        changes: [{ op: "replace", path: "/description", value: "d".repeat(1024) }],
      },
      {
        why: "the other service_provider and nulls for the nullable fields",
        changes: [
          { op: "replace", path: "/service_provider", value: "genesys_audio_connector" },
          { op: "replace", path: "/name", value: null },
          { op: "replace", path: "/phone_numbers", value: null },
        ],
      },
      {
        why: "free-form failure handling objects",
        changes: [
          { op: "replace", path: "/error_handling/call_failure", value: { action: "hangup" } },
        ],
      },
    ])("also accepts the body with $why", ({ changes }) => {
      expectAccepted(validate, mutated(updatePhoneConfigRequest, ...changes));
    });

    it("also accepts an empty patch", () => {
      expectAccepted(validate, {});
    });

    it.each<Rejection>([
      {
        why: "bad enum value (service_provider)",
        changes: [{ op: "replace", path: "/service_provider", value: "twilio" }],
        error: { keyword: "enum", instancePath: "/service_provider" },
      },
      {
        why: "wrong type (put_caller_on_hold_on_transfer as a string)",
        changes: [{ op: "replace", path: "/put_caller_on_hold_on_transfer", value: "true" }],
        error: { keyword: "type", instancePath: "/put_caller_on_hold_on_transfer" },
      },
      {
        why: "wrong type (security.secure_trunking as a string)",
        changes: [{ op: "replace", path: "/security/secure_trunking", value: "false" }],
        error: {
          keyword: "type",
          instancePath: "/security/secure_trunking",
          params: { type: "boolean" },
        },
      },
      {
        why: "wrong type (phone_numbers as a single object)",
        changes: [
          { op: "replace", path: "/phone_numbers", value: { phone_number: "+14155550123" } },
        ],
        error: { keyword: "type", instancePath: "/phone_numbers" },
      },
      {
        why: "missing required field (attached environment without agent_id)",
        changes: [{ op: "remove", path: "/attached_environments/0/agent_id" }],
        error: {
          keyword: "required",
          instancePath: "/attached_environments/0",
          params: { missingProperty: "agent_id" },
        },
      },
      {
        why: "missing required field (custom invite header without name)",
        changes: [{ op: "remove", path: "/custom_invite_headers/0/name" }],
        error: {
          keyword: "required",
          instancePath: "/custom_invite_headers/0",
          params: { missingProperty: "name" },
        },
      },
      {
        why: "missing required field (phone number entry without phone_number)",
        changes: [{ op: "remove", path: "/phone_numbers/0/phone_number" }],
        error: {
          keyword: "required",
          instancePath: "/phone_numbers/0",
          params: { missingProperty: "phone_number" },
        },
      },
      {
        why: "over-long name (65 characters, maxLength 64)",
        changes: [{ op: "replace", path: "/name", value: "n".repeat(65) }],
        error: { keyword: "maxLength", instancePath: "/name", params: { limit: 64 } },
      },
      {
        why: "over-long description (1025 characters, maxLength 1024)",
        changes: [{ op: "replace", path: "/description", value: "d".repeat(1025) }],
        error: { keyword: "maxLength", instancePath: "/description", params: { limit: 1024 } },
      },
      {
        why: "bad uuid format (attached environment agent_id)",
        changes: [
          { op: "replace", path: "/attached_environments/0/agent_id", value: "support_agent" },
        ],
        error: {
          keyword: "format",
          instancePath: "/attached_environments/0/agent_id",
          params: { format: "uuid" },
        },
      },
      {
        why: "bad uuid format (phone number environment_id, one digit short)",
        changes: [
          {
            op: "replace",
            path: "/phone_numbers/0/environment_id",
            value: "3c90c3cc-0d44-4b50-8888-8dd25736052",
          },
        ],
        error: {
          keyword: "format",
          instancePath: "/phone_numbers/0/environment_id",
          params: { format: "uuid" },
        },
      },
      {
        why: "unknown property (the body is closed)",
        changes: [{ op: "add", path: "/channel_type", value: "phone" }],
        error: {
          keyword: "additionalProperties",
          instancePath: "",
          params: { additionalProperty: "channel_type" },
        },
      },
      {
        why: "unknown property (in security)",
        changes: [{ op: "add", path: "/security/token", value: "<string>" }],
        error: {
          keyword: "additionalProperties",
          instancePath: "/security",
          params: { additionalProperty: "token" },
        },
      },
      {
        why: "unknown property (in an attached environment)",
        changes: [{ op: "add", path: "/attached_environments/0/agent_version", value: "1" }],
        error: {
          keyword: "additionalProperties",
          instancePath: "/attached_environments/0",
          params: { additionalProperty: "agent_version" },
        },
      },
    ])("rejects the body with $why", ({ changes, error }) => {
      expectRejected(validate, mutated(updatePhoneConfigRequest, ...changes), error);
    });

    it.each<{ why: string; value: unknown; error: ExpectedError }>([
      {
        why: "not a uuid",
        value: "phone-config-1",
        error: { keyword: "format", instancePath: "", params: { format: "uuid" } },
      },
      {
        why: "a uuid with a trailing character",
        value: `${updatePhoneConfigId}0`,
        error: { keyword: "format", instancePath: "", params: { format: "uuid" } },
      },
      {
        why: "not a string",
        value: 42,
        error: { keyword: "type", instancePath: "", params: { type: "string" } },
      },
    ])("rejects config_id $why", ({ value, error }) => {
      expectRejected(validateConfigId, value, error);
    });

    it.each<{ why: string; value: unknown; error: ExpectedError }>([
      {
        why: "as an undeserialized string",
        value: "true",
        error: { keyword: "type", instancePath: "", params: { type: "boolean" } },
      },
      {
        why: "as a number",
        value: 1,
        error: { keyword: "type", instancePath: "", params: { type: "boolean" } },
      },
    ])("rejects append $why", ({ value, error }) => {
      expectRejected(validateAppend, value, error);
    });
  });
});
