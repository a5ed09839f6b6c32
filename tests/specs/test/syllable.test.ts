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
  updateChannelRequest,
  updateOutboundCampaignId,
  updateOutboundCampaignRequest,
} from "./fixtures/syllable.js";

interface Rejection {
  why: string;
  changes: Change[];
  error: ExpectedError;
}

describe("syllable", () => {
  describe("updateChannel (PUT /api/v1/channels/)", () => {
    const validate = requestBodyValidator("syllable", "updateChannel");

    it("is the operation the seed page documents", () => {
      const { method, path } = findOperation("syllable", "updateChannel");
      expect(`${method.toUpperCase()} ${path}`).toBe("PUT /api/v1/channels/");
    });

    it("accepts the page's Python SDK request, as JSON", () => {
      expectAccepted(validate, updateChannelRequest);
    });

    it.each<{ why: string; changes: Change[] }>([
      {
        why: "without the optional fields (supported_modes, is_system_channel)",
        changes: [
          { op: "remove", path: "/supported_modes" },
          { op: "remove", path: "/is_system_channel" },
        ],
      },
      {
        why: "supported_modes null",
        changes: [{ op: "replace", path: "/supported_modes", value: null }],
      },
      {
        why: "provider-specific credentials in the provider_credentials map",
        changes: [
          { op: "add", path: "/config/provider_credentials", value: { from_number: "+15550100" } },
        ],
      },
    ])("also accepts it $why", ({ changes }) => {
      expectAccepted(validate, mutated(updateChannelRequest, ...changes));
    });

    it.each<Rejection>([
      {
        why: "a config key outside the vendor's five (provider keys go in provider_credentials)",
        changes: [{ op: "add", path: "/config/from_number", value: "+15550100" }],
        error: { keyword: "additionalProperties", instancePath: "/config" },
      },
      {
        why: "bad enum value (channel_service)",
        changes: [{ op: "replace", path: "/channel_service", value: "telegram" }],
        error: { keyword: "enum", instancePath: "/channel_service" },
      },
      {
        why: "SDK enum member name instead of its value (channel_service SIP)",
        changes: [{ op: "replace", path: "/channel_service", value: "SIP" }],
        error: { keyword: "enum", instancePath: "/channel_service" },
      },
      {
        why: "wrong type (id as a string)",
        changes: [{ op: "replace", path: "/id", value: "1" }],
        error: { keyword: "type", instancePath: "/id", params: { type: "integer" } },
      },
      {
        why: "wrong type (is_system_channel as Python's False string)",
        changes: [{ op: "replace", path: "/is_system_channel", value: "False" }],
        error: { keyword: "type", instancePath: "/is_system_channel", params: { type: "boolean" } },
      },
      {
        why: "wrong type (telephony timeout as a string)",
        changes: [{ op: "replace", path: "/config/telephony/pre_input_timeout", value: "1.2" }],
        error: { keyword: "type", instancePath: "/config/telephony/pre_input_timeout" },
      },
      {
        why: "null config (required in the request)",
        changes: [{ op: "replace", path: "/config", value: null }],
        error: { keyword: "type", instancePath: "/config", params: { type: "object" } },
      },
      ...(["name", "channel_service", "config", "id"] as const).map((field): Rejection => ({
        why: `missing required field ${field}`,
        changes: [{ op: "remove", path: `/${field}` }],
        error: { keyword: "required", instancePath: "", params: { missingProperty: field } },
      })),
      {
        why: "unknown property (the body is closed)",
        changes: [{ op: "add", path: "/channel_id", value: 1 }],
        error: {
          keyword: "additionalProperties",
          instancePath: "",
          params: { additionalProperty: "channel_id" },
        },
      },
    ])("rejects $why", ({ changes, error }) => {
      expectRejected(validate, mutated(updateChannelRequest, ...changes), error);
    });
  });

  describe("updateOutboundCampaign (PUT /api/v1/outbound/campaigns/{campaign_id})", () => {
    const validate = requestBodyValidator("syllable", "updateOutboundCampaign");
    const validateCampaignId = parameterValidator(
      "syllable",
      "updateOutboundCampaign",
      "campaign_id",
    );

    it("is the operation the seed page documents", () => {
      const { method, path } = findOperation("syllable", "updateOutboundCampaign");
      expect(`${method.toUpperCase()} ${path}`).toBe(
        "PUT /api/v1/outbound/campaigns/{campaign_id}",
      );
    });

    it("accepts the page's Python SDK request body, as JSON", () => {
      expectAccepted(validate, updateOutboundCampaignRequest);
    });

    it("accepts the page's campaign_id=679645 as the required path parameter", () => {
      expect(findParameter("syllable", "updateOutboundCampaign", "campaign_id")).toMatchObject({
        in: "path",
        required: true,
      });
      expectAccepted(validateCampaignId, updateOutboundCampaignId);
    });

    it.each<{ why: string; changes: Change[] }>([
      {
        why: "with only the required fields",
        changes: [
          "description",
          "mode",
          "sms_session_ttl",
          "labels",
          "daily_start_time",
          "daily_end_time",
          "source",
          "hourly_rate",
          "retry_count",
          "retry_interval",
          "voicemail_detection",
        ].map((field): Change => ({ op: "remove", path: `/${field}` })),
      },
      {
        why: "voicemail_detection null (disabled)",
        changes: [{ op: "replace", path: "/voicemail_detection", value: null }],
      },
      { why: "caller_id null", changes: [{ op: "replace", path: "/caller_id", value: null }] },
      {
        why: "times in any form: the vendor's spec types them as plain strings",
        changes: [
          { op: "replace", path: "/daily_start_time", value: "09:00" },
          { op: "replace", path: "/daily_end_time", value: "5pm" },
        ],
      },
      {
        why: "a voicemail_detection key the vendor keeps as sent (the object is open)",
        changes: [{ op: "add", path: "/voicemail_detection/beep_timeout", value: "2s" }],
      },
    ])("also accepts the body $why", ({ changes }) => {
      expectAccepted(validate, mutated(updateOutboundCampaignRequest, ...changes));
    });

    it.each<Rejection>([
      {
        why: "bad enum value (active_days entry)",
        changes: [{ op: "replace", path: "/active_days/2", value: "wednesday" }],
        error: { keyword: "enum", instancePath: "/active_days/2" },
      },
      {
        why: "SDK enum member name instead of its value (active_days MON)",
        changes: [{ op: "replace", path: "/active_days/0", value: "MON" }],
        error: { keyword: "enum", instancePath: "/active_days/0" },
      },
      {
        why: "wrong type (caller_id as a number, as the page's response example shows it)",
        changes: [{ op: "replace", path: "/caller_id", value: 19995551234 }],
        error: { keyword: "type", instancePath: "/caller_id" },
      },
      {
        why: "wrong type (hourly_rate as a string)",
        changes: [{ op: "replace", path: "/hourly_rate", value: "25" }],
        error: { keyword: "type", instancePath: "/hourly_rate", params: { type: "integer" } },
      },
      {
        why: "wrong type (active_days as a comma list)",
        changes: [{ op: "replace", path: "/active_days", value: "mon,tue" }],
        error: { keyword: "type", instancePath: "/active_days", params: { type: "array" } },
      },
      {
        why: "wrong type (non-numeric voicemail_detection entry)",
        changes: [
          {
            op: "replace",
            path: "/voicemail_detection/voicemail_detection_overall_timeout",
            value: "30s",
          },
        ],
        error: {
          keyword: "type",
          instancePath: "/voicemail_detection/voicemail_detection_overall_timeout",
        },
      },
      {
        why: "bad enum value (voicemail_detection mode)",
        changes: [{ op: "add", path: "/voicemail_detection/mode", value: "beep" }],
        error: { keyword: "enum", instancePath: "/voicemail_detection/mode" },
      },
      ...(["campaign_name", "campaign_variables", "caller_id", "active_days"] as const).map(
        (field): Rejection => ({
          why: `missing required field ${field}`,
          changes: [{ op: "remove", path: `/${field}` }],
          error: { keyword: "required", instancePath: "", params: { missingProperty: field } },
        }),
      ),
      {
        why: "unknown property (campaign_id belongs in the path; the body is closed)",
        changes: [{ op: "add", path: "/campaign_id", value: 679645 }],
        error: {
          keyword: "additionalProperties",
          instancePath: "",
          params: { additionalProperty: "campaign_id" },
        },
      },
      {
        why: "unknown property (response-only field id)",
        changes: [{ op: "add", path: "/id", value: 123 }],
        error: {
          keyword: "additionalProperties",
          instancePath: "",
          params: { additionalProperty: "id" },
        },
      },
    ])("rejects the body with $why", ({ changes, error }) => {
      expectRejected(validate, mutated(updateOutboundCampaignRequest, ...changes), error);
    });

    it.each<{ why: string; value: unknown; error: ExpectedError }>([
      {
        why: "as an undeserialized string",
        value: String(updateOutboundCampaignId),
        error: { keyword: "type", instancePath: "", params: { type: "integer" } },
      },
      {
        why: "as a fraction",
        value: 679645.5,
        error: { keyword: "type", instancePath: "", params: { type: "integer" } },
      },
    ])("rejects campaign_id $why", ({ value, error }) => {
      expectRejected(validateCampaignId, value, error);
    });
  });
});
