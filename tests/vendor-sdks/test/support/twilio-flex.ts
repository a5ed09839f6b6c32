/**
 * The one vendor this suite drives through its own SDK, Twilio Flex, and what the suite reads
 * about it from the spec: its server URL, the operation, and the documented answers.
 */
import { isObject } from "@switchboard/client-runtime/spec";
import {
  canaryCredentials,
  documentedResponse,
  findOperation,
  operationUrl,
  specDocument,
  successResponse,
  validationResponse,
  validatorAt,
  vendorNamed,
  vendorUrl,
  type ResponseDoc,
} from "@switchboard/test-support";
import twilio from "twilio";
import { expect } from "vitest";

import { GatewayRequestClient } from "./gateway-request-client.js";

export const VENDOR = "twilio-flex";

export const operation = findOperation(VENDOR, "updateInteractionChannel");

/** Valid SIDs of our own (not the spec's examples), so an echo of them can only be an echo. */
export const INTERACTION_SID = `KD${"0123456789abcdef".repeat(2)}`;
export const CHANNEL_SID = `UO${"fedcba9876543210".repeat(2)}`;

/** The SDK insists on an `AC…` account SID; the auth token is the suite-wide canary secret. */
export const ACCOUNT_SID = `AC${"5a".repeat(16)}`;
export const AUTH_TOKEN = canaryCredentials(vendorNamed(VENDOR)).secret;

/** The vendor's own server URL, the one the SDK builds its request URLs on. */
export function vendorOrigin(): string {
  const [server] = (specDocument(VENDOR).servers ?? []) as unknown[];
  if (!isObject(server) || typeof server.url !== "string") {
    throw new Error(`${VENDOR}: the spec names no server URL`);
  }
  return server.url.replace(/\/$/, "");
}

/** A Twilio client that sends everything to the gateway; `username`/`password` as the SDK takes them. */
export function gatewayClient(
  username: string = ACCOUNT_SID,
  password: string = AUTH_TOKEN,
  options: twilio.ClientOpts = {},
): twilio.Twilio {
  return twilio(username, password, {
    httpClient: new GatewayRequestClient(vendorOrigin(), vendorUrl(VENDOR)),
    ...options,
  });
}

/** The channel the suite updates, or another one. */
export function channel(
  client: twilio.Twilio,
  interactionSid: string = INTERACTION_SID,
  channelSid: string = CHANNEL_SID,
) {
  return client.flexApi.v1.interaction(interactionSid).channels(channelSid);
}

/** Where the gateway serves this channel: the spec's path under the vendor's prefix. */
export function channelGatewayUrl(
  interactionSid: string = INTERACTION_SID,
  channelSid: string = CHANNEL_SID,
): string {
  return operationUrl(vendorUrl(VENDOR), operation, {
    InteractionSid: interactionSid,
    Sid: channelSid,
  });
}

/** The body of the SDK's last answer, as the gateway sent it (the SDK parses JSON). */
export function lastAnswerBody(client: twilio.Twilio): unknown {
  const answer = client.httpClient.lastResponse;
  expect(answer, "the SDK recorded no answer").toBeDefined();
  return answer!.body;
}

/** Asserts the body is valid for this documented response of the operation. */
export function expectDocumented(response: ResponseDoc, body: unknown): void {
  expect(
    response.schemaPointer,
    `${operation.label} ${response.status} has a schema`,
  ).toBeDefined();
  const validate = validatorAt(VENDOR, response.schemaPointer!);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

export const documented = {
  success: () => successResponse(operation),
  refusal: () => validationResponse(operation),
  unauthorized: () => {
    const response = documentedResponse(operation, 401);
    expect(response, `${operation.label} documents its 401`).toBeDefined();
    return response!;
  },
};
