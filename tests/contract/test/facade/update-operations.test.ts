/** Every documented operation through the facade against the gateway: by name and positionally. */
import {
  clearJournal,
  documentedRequest,
  documentedRequests,
  errorSummary,
  findOperation,
  gatewaySwitchboard,
  readJournal,
  successResponse,
  validatorAt,
  type DocumentedRequest,
} from "@switchboard/test-support";
import { beforeEach, describe, expect, test } from "vitest";

type Section = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** The positional call: path parameters in path order, the body, then `{ query }` if any. */
function callPositionally(
  sb: ReturnType<typeof gatewaySwitchboard>,
  { vendor, operationId, pathNames, input }: DocumentedRequest,
) {
  const section = sb[vendor] as unknown as Section;
  const pathArgs = pathNames.map((name) => input.path![name]);
  return section[operationId]!(...pathArgs, input.body, input.query ? { query: input.query } : {});
}

const calls = {
  "update(name, input)": (sb: ReturnType<typeof gatewaySwitchboard>, request: DocumentedRequest) =>
    sb.update(request.name, request.input as never),
  "the vendor section's method": callPositionally,
};

beforeEach(() => clearJournal());

describe.each(Object.entries(calls))("%s", (_, call) => {
  test.each(documentedRequests().map((request) => [request.name, request] as const))(
    "%s: the documented request succeeds in one attempt with a response valid against the spec",
    async (_name, request) => {
      const result = (await call(gatewaySwitchboard(), request)) as {
        ok: boolean;
        data: unknown;
        status: number;
        requestId: string | null;
        attempts: number;
      };
      const status = Number(
        successResponse(findOperation(request.prefix, request.operationId)).status,
      );
      expect(result).toMatchObject({ ok: true, status, attempts: 1 });

      const validate = validatorAt(request.prefix, request.successSchemaPointer);
      expect(validate(result.data), JSON.stringify(errorSummary(validate.errors))).toBe(true);

      const journal = await readJournal();
      expect(journal).toHaveLength(1);
      expect(journal[0]).toMatchObject({
        vendor: request.prefix,
        operationId: request.operationId,
        status,
        requestId: result.requestId,
      });
    },
  );
});

// A curation fact of Twilio's spec: a form body whose Routing field is one JSON document.
test("the echo shows the update was applied: a changed field comes back changed", async () => {
  const request = documentedRequest("twilioFlex.updateInteractionChannel");
  const sb = gatewaySwitchboard();
  const result = await sb.twilioFlex.updateInteractionChannel(
    request.input.path!.InteractionSid as string,
    request.input.path!.Sid as string,
    { Status: "inactive", Routing: { status: "closed" } },
  );
  expect(result.ok && result.data.status).toBe("inactive");
  expect((await readJournal())[0]!.body).toEqual({
    Status: "inactive",
    Routing: { status: "closed" },
  });
});
