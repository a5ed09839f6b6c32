/**
 * Each vendor's error body, as the gateway answers it, mapped to the one UpdateError shape:
 * FastAPI's `detail` (a message, or `[{ loc, msg, type }]`) and Twilio's `{ code, message }`.
 */
import { specDocument, atPointer, isObject } from "@switchboard/spec-validation";
import { beforeEach, describe, expect, test } from "vitest";
import { createSwitchboard, type OperationName } from "@switchboard/sdk";
import { documentedRequest, documentedRequests } from "../../support/facade-requests.js";
import { rewriteBodyFetch } from "../../support/fetches.js";
import { gatewayOptions, gatewaySwitchboard } from "../../support/facade.js";
import { clearJournal, readJournal } from "../../support/journal.js";

beforeEach(() => clearJournal());

function sendWithFault(name: OperationName, fault: string) {
  const { input } = documentedRequest(name);
  return gatewaySwitchboard({ retry: false }).update(name, input as never, {
    headers: { "x-mock-fault": fault },
  });
}

describe.each([
  [401, "unauthorized"],
  [404, "not_found"],
] as const)("a documented %i", (status, kind) => {
  test.each(documentedRequests.map((request) => [request.name, request] as const))(
    "%s: kind, status, request id, and the vendor's message",
    async (name) => {
      const result = await sendWithFault(name, `status=${status}`);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const [entry] = await readJournal();
      expect(result.error).toMatchObject({
        vendor: name.split(".")[0],
        operation: name.split(".")[1],
        kind,
        status,
        requestId: entry!.requestId,
        attempts: 1,
      });
      // The raw body is the vendor's own; the message carries what it says.
      const said = isObject(result.error.raw)
        ? (result.error.raw.detail ?? result.error.raw.message)
        : undefined;
      expect(typeof said).toBe("string");
      expect(result.error.message).toContain(said);
      expect(result.error.message.startsWith(`${name}: ${status} `)).toBe(true);
    },
  );
});

describe("a validation error from the vendor (a body the spec allows but the vendor refuses)", () => {
  test("FastAPI 422 detail[]: one issue per entry, loc as a JSON Pointer", async () => {
    const name = "healthing.updateChannel";
    const options = gatewayOptions();
    // Stands for a vendor stricter than its documentation: the body is broken after validation.
    const sb = createSwitchboard({
      ...options,
      healthing: {
        ...options.healthing,
        fetch: rewriteBodyFetch(() => JSON.stringify({ assignment_mode: "by_magic", extra: 1 })),
      },
      retry: false,
    });
    const result = await sb.update(name, documentedRequest(name).input as never);
    expect(!result.ok && result.error).toMatchObject({ kind: "validation", status: 422 });
    if (result.ok) return;
    const detail = (result.error.raw as { detail: { loc: string[]; msg: string }[] }).detail;
    expect(result.error.issues.map(({ path, message }) => ({ path, message }))).toEqual(
      detail.map(({ loc, msg }) => ({ path: `/${loc.join("/")}`, message: msg })),
    );
    expect(result.error.issues.map(({ path }) => path)).toContain("/body/extra");
    for (const issue of result.error.issues) {
      expect(issue.message).not.toBe("");
      expect(result.error.message).toContain(issue.path);
    }
  });

  test("Twilio 400 { code, message }: the message names Twilio's error code", async () => {
    const name = "twilioFlex.updateInteractionChannel";
    const options = gatewayOptions();
    const sb = createSwitchboard({
      ...options,
      twilioFlex: { ...options.twilioFlex, fetch: rewriteBodyFetch(() => "Status=open") },
      retry: false,
    });
    const result = await sb.update(name, documentedRequest(name).input as never);
    expect(!result.ok && result.error).toMatchObject({ kind: "validation", status: 400 });
    if (result.ok) return;
    const raw = result.error.raw as { code: number; message: string };
    expect(raw.message).toMatch(/Status/);
    expect(result.error.message).toContain(raw.message);
    expect(result.error.message).toContain(`Twilio error ${raw.code}`);
  });
});

test("a documented 429 keeps its Retry-After and the vendor's documented body", async () => {
  const name = "syllable.updateChannel";
  const result = await sendWithFault(name, "status=429;retry-after=3");
  expect(!result.ok && result.error).toMatchObject({
    kind: "rate_limited",
    status: 429,
    retryAfterMs: 3_000,
    retryable: true,
  });
  const documented = atPointer(
    specDocument("syllable"),
    "/components/responses/RateLimited/content/application~1json/examples/rateLimited/value",
  );
  expect(!result.ok && result.error.raw).toEqual(documented);
});
