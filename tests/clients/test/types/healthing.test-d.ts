import { describe, expectTypeOf, test } from "vitest";
import { createHealthingClient, type components, type operations } from "@switchboard/healthing";

type Schemas = components["schemas"];
type ChannelUpdateBody = operations["updateChannel"]["requestBody"]["content"]["application/json"];

const client = createHealthingClient({ token: "token", fetch: async () => new Response("{}") });

const path = { channel_id: 42 };

describe("PUT /api/v1/channels/{channel_id} (updateChannel)", () => {
  test("takes a ChannelUpdate and returns a ChannelResponse", async () => {
    expectTypeOf<ChannelUpdateBody>().toEqualTypeOf<Schemas["ChannelUpdate"]>();

    const { data } = await client.PUT("/api/v1/channels/{channel_id}", {
      params: { path },
      body: {
        business_hours: { monday: { enabled: true, start: "08:00", end: "18:00" }, sunday: null },
        assignment_mode: "round_robin",
      },
    });
    // Mutual assignability: openapi-fetch's Readable<> remaps config's index signature, which
    // expect-type's exact equality tells apart from Record<string, unknown>.
    expectTypeOf(data).toExtend<Schemas["ChannelResponse"] | undefined>();
    expectTypeOf<Schemas["ChannelResponse"]>().toExtend<NonNullable<typeof data>>();
  });

  test("leaves assignment_mode an open string", () => {
    // The spec names AssignmentModeEnum an enum but documents no values, so there is no
    // wrong value to reject; pin that, so adding values is a visible change.
    expectTypeOf<Schemas["AssignmentModeEnum"]>().toEqualTypeOf<string>();
  });

  test("rejects an assignment_mode that is not a string", () => {
    client.PUT("/api/v1/channels/{channel_id}", {
      params: { path },
      body: {
        // @ts-expect-error assignment_mode is a string
        assignment_mode: 1,
      },
    });
  });

  test("rejects a day schedule with a non-boolean enabled", () => {
    client.PUT("/api/v1/channels/{channel_id}", {
      params: { path },
      body: {
        business_hours: {
          // @ts-expect-error enabled is a boolean
          monday: { enabled: "yes" },
        },
      },
    });
  });

  // Every ChannelUpdate field is optional, so what is required is the path param and the body.
  test("rejects a call without channel_id", () => {
    // @ts-expect-error params.path.channel_id is required
    client.PUT("/api/v1/channels/{channel_id}", { body: {} });
  });

  test("rejects a call without a body", () => {
    // @ts-expect-error the request body is required
    client.PUT("/api/v1/channels/{channel_id}", { params: { path } });
  });

  test("rejects a channel_id that is not a number", () => {
    client.PUT("/api/v1/channels/{channel_id}", {
      params: {
        // @ts-expect-error channel_id is an integer, not a string
        path: { channel_id: "42" },
      },
      body: {},
    });
  });

  test("rejects an unknown day in business_hours", () => {
    client.PUT("/api/v1/channels/{channel_id}", {
      params: { path },
      body: {
        business_hours: {
          // @ts-expect-error days are spelled out in full
          mon: { enabled: true },
        },
      },
    });
  });

  test("rejects an unknown body property", () => {
    // Plain openapi-fetch misses this (openapi-ts/openapi-typescript#1769); StrictClient does not.
    client.PUT("/api/v1/channels/{channel_id}", {
      params: { path },
      body: {
        assignment_mode: "round_robin",
        // @ts-expect-error the body is closed
        is_active: false,
      },
    });
  });
});
