/*
 * The vendors' own SDKs, keyed by gateway prefix: a curation fact, the one place that says which
 * vendor has which SDK and how it spells each operation. Everything else in a sample (the
 * examples, the path parameters, the body) comes from the spec.
 *
 * Sources: Twilio's helper libraries (`twilio` on npm, used unpatched by tests/vendor-sdks;
 * `twilio` on PyPI), both reading TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN when given no
 * credentials, and neither taking a base URL. Syllable's Python SDK (`syllable-sdk` on PyPI,
 * asksyllable/syllable-sdk-python, docs/sdks/channels and docs/sdks/campaigns), which takes
 * `server_url`. Syllable's TypeScript SDK (asksyllable/syllable-sdk-typescript) names
 * `syllable-sdk` as its npm package, but the npm registry has no such package: left out.
 */

/** One argument of an SDK call: a path parameter's example, the body, or the body's fields. */
export type SdkArgument =
  | { from: "path"; name: string; keyword?: string }
  | { from: "body"; keyword?: string }
  /** Each top-level body field as its own argument (Python) or property (TypeScript), renamed. */
  | { from: "bodyFields"; case: "camel" | "snake" };

export interface SdkCall {
  /**
   * The call up to its argument list, `{name}` standing for a path parameter's example:
   * `client.flexApi.v1.interaction({InteractionSid}).channels({Sid}).update`.
   */
  callee: string;
  arguments: SdkArgument[];
}

export interface OfficialSdk {
  /** The tab's label. */
  label: string;
  language: "typescript" | "python";
  /** The install command. */
  install: string;
  /**
   * The whole sample, one line each: `{call}` is the call, indented as the placeholder is;
   * `{baseUrl}` the vendor's base URL on the mock; `{credential:<option>}` a placeholder credential.
   */
  template: string[];
  /** By operationId; an operation without an entry gets no sample of this SDK. */
  operations: Record<string, SdkCall>;
}

export const OFFICIAL_SDKS: Readonly<Record<string, readonly OfficialSdk[]>> = {
  "twilio-flex": [
    {
      label: "Twilio Node",
      language: "typescript",
      install: "npm install twilio",
      template: [
        `import twilio from "twilio";`,
        ``,
        `// Reads TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN; the helper always calls twilio.com.`,
        `const client = twilio();`,
        ``,
        `const result = await {call};`,
        `console.log(result.toJSON());`,
      ],
      operations: {
        updateInteractionChannel: {
          callee: "client.flexApi.v1.interaction({InteractionSid}).channels({Sid}).update",
          arguments: [{ from: "bodyFields", case: "camel" }],
        },
      },
    },
    {
      label: "Twilio Python",
      language: "python",
      install: "pip install twilio",
      template: [
        `from twilio.rest import Client`,
        ``,
        `# Reads TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN; the helper always calls twilio.com.`,
        `client = Client()`,
        ``,
        `result = {call}`,
        `print(result.sid, result.status)`,
      ],
      operations: {
        updateInteractionChannel: {
          callee: "client.flex_api.v1.interaction({InteractionSid}).channels({Sid}).update",
          arguments: [{ from: "bodyFields", case: "snake" }],
        },
      },
    },
  ],
  syllable: [
    {
      label: "Syllable Python",
      language: "python",
      install: "pip install syllable-sdk",
      template: [
        `from syllable_sdk import SyllableSDK`,
        ``,
        `with SyllableSDK(`,
        `    api_key_header="{credential:apiKey}",`,
        `    server_url="{baseUrl}",`,
        `) as client:`,
        `    result = {call}`,
        `    print(result)`,
      ],
      operations: {
        updateChannel: {
          callee: "client.channels.update",
          arguments: [{ from: "body", keyword: "request" }],
        },
        updateOutboundCampaign: {
          callee: "client.outbound.campaigns.update",
          arguments: [
            { from: "path", name: "campaign_id", keyword: "campaign_id" },
            { from: "body", keyword: "outbound_campaign_input" },
          ],
        },
      },
    },
  ],
};
