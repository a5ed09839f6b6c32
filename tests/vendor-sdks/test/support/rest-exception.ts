/**
 * A refusal as the SDK surfaces it: its own `RestException` (from the package's public
 * exports), carrying exactly what Twilio's error body said, in a body the spec documents.
 */
import type { ResponseDoc } from "@switchboard/test-support";
import twilio from "twilio";
import { expect } from "vitest";

import { expectDocumented, lastAnswerBody } from "./twilio-flex.js";

/** The rejection of `call`, which must be the SDK's RestException. */
export async function restException(call: () => Promise<unknown>): Promise<twilio.RestException> {
  // `async` turns an error the SDK throws before sending into a rejection we can report.
  const error: unknown = await (async () => call())().then(
    (value) => {
      throw new Error(`expected a RestException, the call resolved to ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error, String(error)).toBeInstanceOf(twilio.RestException);
  return error as twilio.RestException;
}

/** The fields of a Twilio error body that are the same for every answer with one code. */
const errorIdentity = (body: Record<string, unknown>) => ({
  status: body.status,
  code: body.code,
  more_info: body.more_info,
});

/**
 * The exception mirrors the answer's body field for field; the body is valid for `response`,
 * and its status, code and documentation link are those of one of `response`'s examples.
 */
export function expectDocumentedRefusal(
  error: twilio.RestException,
  client: twilio.Twilio,
  response: ResponseDoc,
): Record<string, unknown> {
  const body = lastAnswerBody(client) as Record<string, unknown>;
  expectDocumented(response, body);
  expect(error.status).toBe(Number(response.status));
  expect({
    status: error.status,
    code: error.code,
    moreInfo: error.moreInfo,
    message: error.message,
  }).toStrictEqual({
    status: body.status,
    code: body.code,
    moreInfo: body.more_info,
    message: body.message,
  });
  const examples = response.examples.map((example) => errorIdentity(example.value as never));
  expect(examples.length, `${response.status} documents an example`).toBeGreaterThan(0);
  expect(examples).toContainEqual(errorIdentity(body));
  return body;
}
