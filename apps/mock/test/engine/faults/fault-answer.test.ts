import { ERROR_FORMATS } from "@switchboard/client-runtime/spec";
import { beforeAll, describe, expect, test } from "vitest";
import {
  faultOf,
  faultStatusAnswer,
  retryAfterOf,
} from "../../../src/engine/faults/fault-answer.js";
import { matchRoute } from "../../../src/engine/route.js";
import type { RouteMatch } from "../../../src/engine/vendor.js";
import { miniVendor } from "../../support/mini-vendor.js";

let matched: RouteMatch | undefined;
beforeAll(async () => {
  matched = matchRoute(await miniVendor(), "POST", "/v1/Things/TH1.json");
});

describe("faultOf", () => {
  test("no header, no fault", () => {
    expect(faultOf({ accept: "application/json" })).toStrictEqual({});
  });

  test("the header's fault", () => {
    expect(faultOf({ "x-mock-fault": "status=429;retry-after=1" })).toStrictEqual({
      status: 429,
      retryAfter: "1",
    });
  });

  test("a malformed header is a violation of the header", () => {
    expect(faultOf({ "x-mock-fault": "reset=1" })).toStrictEqual({
      violation: {
        location: ["header", "x-mock-fault"],
        rule: "fault",
        message: 'x-mock-fault: "reset" takes no value',
      },
    });
  });
});

describe("faultStatusAnswer", () => {
  const twilio = ERROR_FORMATS.twilio;

  test("no status, nothing to answer", () => {
    expect(faultStatusAnswer({ delayMs: 5 }, matched, twilio)).toBeUndefined();
  });

  test("a status the operation documents asks Prism for that response", () => {
    expect(faultStatusAnswer({ status: 400 }, matched, twilio)).toStrictEqual({
      prefer: "code=400",
    });
  });

  test("a status it does not document is an error of the fault's own", () => {
    expect(faultStatusAnswer({ status: 503 }, matched, twilio)).toStrictEqual({
      status: 503,
      body: twilio.plainBody(503, "Injected fault: 503"),
    });
  });

  test("without a matched operation, every status is the fault's own", () => {
    expect(faultStatusAnswer({ status: 400 }, undefined, twilio)).toMatchObject({ status: 400 });
  });
});

test("retryAfterOf: the header a fault sends, if any", () => {
  expect(retryAfterOf({ status: 429, retryAfter: "2" })).toStrictEqual({ "retry-after": "2" });
  expect(retryAfterOf({ status: 429 })).toStrictEqual({});
});
