import type { Readable } from "openapi-typescript-helpers";
import { describe, expectTypeOf, test } from "vitest";
import {
  createWatsonxOrchestrateClient,
  type components,
  type operations,
} from "@switchboard/watsonx-orchestrate";

type Schemas = components["schemas"];
type PhoneConfigUpdateBody =
  operations["updatePhoneConfig"]["requestBody"]["content"]["application/json"];

const client = createWatsonxOrchestrateClient({
  token: "token",
  apiEndpoint: "api.us-south.watson-orchestrate.cloud.ibm.com/instances/abc",
  fetch: async () => new Response("{}"),
});

const path = { config_id: "b6a1f0d2-4c3e-4f5a-9b8c-7d6e5f4a3b21" };

describe("PATCH /api/v1/channels/phone/{config_id} (updatePhoneConfig)", () => {
  test("takes a PhoneConfigUpdate and returns a PhoneConfig", async () => {
    expectTypeOf<PhoneConfigUpdateBody>().toEqualTypeOf<Schemas["PhoneConfigUpdate"]>();
    expectTypeOf<
      NonNullable<operations["updatePhoneConfig"]["parameters"]["query"]>["append"]
    >().toEqualTypeOf<boolean | undefined>();

    const { data } = await client.PATCH("/api/v1/channels/phone/{config_id}", {
      params: { path, query: { append: true } },
      body: {
        name: "Support hotline",
        service_provider: "sip_trunk",
        phone_numbers: [{ phone_number: "+14155550123" }],
      },
    });
    // openapi-fetch reads a response through `Readable`, which flattens the open objects'
    // `{ ... } & { [key: string]: unknown }` into one mapped type.
    expectTypeOf(data).toEqualTypeOf<Readable<Schemas["PhoneConfig"]> | undefined>();
  });

  test("accepts an empty body: every field is optional", () => {
    client.PATCH("/api/v1/channels/phone/{config_id}", { params: { path }, body: {} });
  });

  test("rejects a service_provider outside its enum", () => {
    client.PATCH("/api/v1/channels/phone/{config_id}", {
      params: { path },
      body: {
        // @ts-expect-error "twilio" is not "sip_trunk" | "genesys_audio_connector"
        service_provider: "twilio",
      },
    });
  });

  test("rejects a name that is not a string", () => {
    client.PATCH("/api/v1/channels/phone/{config_id}", {
      params: { path },
      body: {
        // @ts-expect-error name is a string (or null)
        name: 42,
      },
    });
  });

  test("rejects a phone number entry without phone_number", () => {
    client.PATCH("/api/v1/channels/phone/{config_id}", {
      params: { path },
      body: {
        // @ts-expect-error CreatePhoneNumberConfig requires phone_number
        phone_numbers: [{ description: "Support line (US)" }],
      },
    });
  });

  test("rejects a call without config_id", () => {
    // @ts-expect-error params.path.config_id is required
    client.PATCH("/api/v1/channels/phone/{config_id}", { body: {} });
  });

  test("rejects a config_id that is not a string", () => {
    client.PATCH("/api/v1/channels/phone/{config_id}", {
      params: {
        // @ts-expect-error config_id is a UUID string, not a number
        path: { config_id: 42 },
      },
      body: {},
    });
  });

  test("rejects an append that is not a boolean", () => {
    client.PATCH("/api/v1/channels/phone/{config_id}", {
      params: {
        path,
        // @ts-expect-error append is a boolean, not the string "true"
        query: { append: "true" },
      },
      body: {},
    });
  });

  test("rejects an unknown body property", () => {
    // Plain openapi-fetch misses this (openapi-ts/openapi-typescript#1769); StrictClient does not.
    client.PATCH("/api/v1/channels/phone/{config_id}", {
      params: { path },
      body: {
        name: "Support hotline",
        // @ts-expect-error PhoneConfigUpdate has no such field
        phone_number: "+14155550123",
      },
    });
  });
});
