import { describe, expectTypeOf, test } from "vitest";
import { createTwilioFlexClient, type components, type operations } from "@switchboard/twilio-flex";

type Schemas = components["schemas"];

const client = createTwilioFlexClient({
  accountSid: "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  authToken: "token",
  fetch: async () => new Response("{}"),
});

const path = {
  InteractionSid: "KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  Sid: "UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1",
};

describe("POST /v1/Interactions/{InteractionSid}/Channels/{Sid} (updateInteractionChannel)", () => {
  test("takes an InteractionChannelUpdate form and returns an InteractionChannel", async () => {
    expectTypeOf<
      operations["updateInteractionChannel"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
    >().toEqualTypeOf<Schemas["InteractionChannelUpdate"]>();

    const { data } = await client.POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
      params: { path },
      body: { Status: "inactive", Routing: { status: "closed" } },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas["InteractionChannel"] | undefined>();
  });

  test("rejects a Status outside closed | inactive", () => {
    client.POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
      params: { path },
      body: {
        // @ts-expect-error "wrapup" is not a channel Status
        Status: "wrapup",
      },
    });
  });

  test("rejects a Routing status other than closed", () => {
    client.POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
      params: { path },
      body: {
        Status: "inactive",
        // @ts-expect-error the only routing status is "closed"
        Routing: { status: "wrapping" },
      },
    });
  });

  test("rejects a body without Status", () => {
    client.POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
      params: { path },
      // @ts-expect-error Status is required
      body: { Routing: { status: "closed" } },
    });
  });

  test("leaves Routing-when-inactive to run-time validation", () => {
    // The spec's if/then has no TypeScript form in openapi-typescript's output; the schema
    // validators (and the server, with a 400) enforce it.
    client.POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
      params: { path },
      body: { Status: "inactive" },
    });
  });

  test("rejects a Sid that is not a string", () => {
    client.POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
      params: {
        path: {
          InteractionSid: "KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          // @ts-expect-error SIDs are strings, not numbers
          Sid: 1,
        },
      },
      body: { Status: "closed" },
    });
  });

  test("rejects a call without InteractionSid", () => {
    client.POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
      params: {
        // @ts-expect-error InteractionSid is required
        path: { Sid: "UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1" },
      },
      body: { Status: "closed" },
    });
  });

  test("rejects an unknown body property", () => {
    client.POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
      params: { path },
      body: {
        Status: "closed",
        // @ts-expect-error the form has no such field
        Reason: "done",
      },
    });
  });

  test("rejects an unknown Routing property", () => {
    client.POST("/v1/Interactions/{InteractionSid}/Channels/{Sid}", {
      params: { path },
      body: {
        Status: "inactive",
        Routing: {
          status: "closed",
          // @ts-expect-error Routing holds only status
          reason: "done",
        },
      },
    });
  });
});
