/**
 * The facade wired by the gateway itself: `createSwitchboard(control.switchboardOptions())`
 * reaches every vendor, in a session of its own, and the session's journal shows each update.
 */
import { connectMockGateway, type ManifestVendors, type MockControl } from "@switchboard/mock";
import { createSwitchboard } from "@switchboard/sdk";
import { documentedRequests, gateway, type DocumentedRequest } from "@switchboard/test-support";
import { beforeAll, describe, expect, expectTypeOf, test } from "vitest";

let control: MockControl<ManifestVendors>;
beforeAll(async () => {
  control = (await connectMockGateway(gateway().url)).session();
});

describe("createSwitchboard(gateway.switchboardOptions())", () => {
  test("the options type-check as the facade's, vendor by vendor", () => {
    expectTypeOf(control.switchboardOptions()).toExtend<Parameters<typeof createSwitchboard>[0]>();
    // @ts-expect-error: the facade keys vendors in camelCase
    expect(control.vendors["twilio-flex"]).toBeUndefined();
  });

  test.each(documentedRequests().map((request) => [request.name, request] as const))(
    "%s reaches the gateway in the session, journaled there",
    async (name, request: DocumentedRequest) => {
      const sb = createSwitchboard(control.switchboardOptions());
      const result = await sb.update(name, request.input as never);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
      const entry = await control.waitForRequest({
        vendor: request.vendor,
        operation: request.operationId,
        requestId: result.requestId ?? "",
      });
      expect(entry).toMatchObject({ session: control.sessionKey, status: result.status });
    },
  );
});
