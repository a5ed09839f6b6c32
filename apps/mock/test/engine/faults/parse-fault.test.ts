import { describe, expect, test } from "vitest";
import { FAULT_HEADER, parseFault, type Fault } from "../../../src/engine/faults/parse-fault.js";

/** The message parseFault throws for a header, or a note that it did not throw. */
function rejection(header: string): string {
  try {
    parseFault(header);
  } catch (error) {
    return (error as Error).message;
  }
  return `(no error for ${JSON.stringify(header)})`;
}

describe("parseFault", () => {
  test("the header name is x-mock-fault", () => {
    expect(FAULT_HEADER).toBe("x-mock-fault");
  });

  test.each<{ header: string; fault: Fault }>([
    { header: "", fault: {} },
    { header: " ; ;; ", fault: {} },
    { header: "status=503", fault: { status: 503 } },
    { header: "status=400", fault: { status: 400 } },
    { header: "status=599", fault: { status: 599 } },
    { header: "status=429;retry-after=2", fault: { status: 429, retryAfter: "2" } },
    { header: "retry-after=2;status=429", fault: { status: 429, retryAfter: "2" } },
    {
      header: "status=503;retry-after=Wed, 21 Oct 2015 07:28:00 GMT",
      fault: { status: 503, retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT" },
    },
    { header: "delay=1500", fault: { delayMs: 1500 } },
    { header: "delay=0", fault: { delayMs: 0 } },
    { header: "delay=60000", fault: { delayMs: 60000 } },
    { header: "reset", fault: { reset: true } },
    { header: "delay=250;reset", fault: { delayMs: 250, reset: true } },
    { header: "delay=100;status=500", fault: { delayMs: 100, status: 500 } },
    {
      header: "status=503;retry-after=5;delay=10",
      fault: { status: 503, retryAfter: "5", delayMs: 10 },
    },
    {
      header: "  status = 503 ;  retry-after = 2 ; delay = 7 ; reset ; ",
      fault: { status: 503, retryAfter: "2", delayMs: 7, reset: true },
    },
    {
      header: "STATUS=503;Retry-After=2;DeLaY=10;Reset",
      fault: { status: 503, retryAfter: "2", delayMs: 10, reset: true },
    },
    { header: "status=500;status=502", fault: { status: 502 } },
  ])("accepts $header", ({ header, fault }) => {
    expect(parseFault(header)).toStrictEqual(fault);
  });

  const badStatus = (got: string) =>
    `x-mock-fault: status must be an error status (400-599), got "${got}"`;
  const badDelay = (got: string) =>
    `x-mock-fault: delay must be whole milliseconds from 0 to 60000, got "${got}"`;

  test.each([
    { header: "status=600", message: badStatus("600") },
    { header: "status=100", message: badStatus("100") },
    { header: "status=200", message: badStatus("200") },
    { header: "status=304", message: badStatus("304") },
    { header: "status=99", message: badStatus("99") },
    { header: "status=099", message: badStatus("099") },
    { header: "status=5030", message: badStatus("5030") },
    { header: "status=503.0", message: badStatus("503.0") },
    { header: "status=abc", message: badStatus("abc") },
    { header: "status=", message: badStatus("") },
    { header: "status", message: badStatus("") },
    { header: "delay=60001", message: badDelay("60001") },
    { header: "delay=99999999999999999999", message: badDelay("99999999999999999999") },
    { header: "delay=abc", message: badDelay("abc") },
    { header: "delay=-1", message: badDelay("-1") },
    { header: "delay=1.5", message: badDelay("1.5") },
    { header: "delay=1s", message: badDelay("1s") },
    { header: "delay=", message: badDelay("") },
    { header: "delay", message: badDelay("") },
    {
      header: "teapot=418",
      message: 'x-mock-fault: unknown fault "teapot" (use status=, retry-after=, delay= or reset)',
    },
    {
      header: "status=503;Timeout=5",
      message: 'x-mock-fault: unknown fault "Timeout" (use status=, retry-after=, delay= or reset)',
    },
    {
      header: "=5",
      message: 'x-mock-fault: unknown fault "" (use status=, retry-after=, delay= or reset)',
    },
    { header: "reset=1", message: 'x-mock-fault: "reset" takes no value' },
    { header: "reset=", message: 'x-mock-fault: "reset" takes no value' },
    { header: "retry-after=2", message: "x-mock-fault: retry-after goes with status=" },
    { header: "delay=100;retry-after=2", message: "x-mock-fault: retry-after goes with status=" },
    {
      header: "status=503;retry-after=",
      message: "x-mock-fault: retry-after needs a value (seconds or an HTTP date)",
    },
    {
      header: "status=503;retry-after",
      message: "x-mock-fault: retry-after needs a value (seconds or an HTTP date)",
    },
  ])("rejects $header", ({ header, message }) => {
    expect(rejection(header)).toBe(message);
  });

  test("the first bad part is the one named", () => {
    expect(rejection("status=999;delay=abc")).toBe(badStatus("999"));
    expect(rejection("delay=abc;status=999")).toBe(badDelay("abc"));
  });
});
