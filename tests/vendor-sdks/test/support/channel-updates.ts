/**
 * The updates the suite sends through the SDK, read off the spec: every documented `Status`,
 * without `Routing` and with each documented routing status. The spec's own validator sorts
 * them into those it accepts and those it refuses (`inactive` without `Routing`, today).
 */
import { isObject, type JsonObject } from "@switchboard/client-runtime/spec";
import { deref, resolvedSchema, validatorAt, type RequestMedia } from "@switchboard/test-support";

import { operation, VENDOR } from "./twilio-flex.js";

/** An update as the SDK takes it (`update({ status, routing })`). */
export interface ChannelUpdate {
  name: string;
  status: string;
  routing?: { status: string };
}

const FORM = "application/x-www-form-urlencoded";

export function formMedia(): RequestMedia {
  const media = operation.requestBody?.media.find((candidate) => candidate.mediaType === FORM);
  if (media === undefined) throw new Error(`${operation.label}: no ${FORM} request body`);
  return media;
}

function property(schema: JsonObject, name: string): JsonObject {
  const properties = isObject(schema.properties) ? schema.properties : {};
  if (properties[name] === undefined) throw new Error(`${operation.label}: no body field ${name}`);
  return deref(VENDOR, properties[name]);
}

function enumOf(schema: JsonObject, where: string): string[] {
  if (!Array.isArray(schema.enum) || schema.enum.length === 0) {
    throw new Error(`${operation.label}: ${where} documents no enum`);
  }
  return schema.enum.map(String);
}

/** The documented `Status` values and routing statuses. */
export function documentedValues(): { statuses: string[]; routingStatuses: string[] } {
  const body = resolvedSchema(VENDOR, formMedia().schemaPointer);
  return {
    statuses: enumOf(property(body, "Status"), "Status"),
    routingStatuses: enumOf(property(property(body, "Routing"), "status"), "Routing.status"),
  };
}

/** The form the SDK puts on the wire, decoded: `Routing` as the object its JSON holds. */
export function decodedForm({ status, routing }: ChannelUpdate): Record<string, unknown> {
  return { Status: status, ...(routing === undefined ? {} : { Routing: routing }) };
}

/** The form exactly as it travels: `Routing` one field holding a JSON document. */
export function wireForm({ status, routing }: ChannelUpdate): string {
  return new URLSearchParams({
    Status: status,
    ...(routing === undefined ? {} : { Routing: JSON.stringify(routing) }),
  }).toString();
}

function combinations(): ChannelUpdate[] {
  const { statuses, routingStatuses } = documentedValues();
  return statuses.flatMap((status) => [
    { name: `Status=${status}, no Routing`, status },
    ...routingStatuses.map((routingStatus) => ({
      name: `Status=${status}, Routing.status=${routingStatus}`,
      status,
      routing: { status: routingStatus },
    })),
  ]);
}

function acceptedBySpec(update: ChannelUpdate): boolean {
  return validatorAt(VENDOR, formMedia().schemaPointer)(decodedForm(update)) === true;
}

/** Combinations of documented values that the spec accepts. */
export function acceptedUpdates(): ChannelUpdate[] {
  return combinations().filter(acceptedBySpec);
}

/** Combinations of documented values that the spec still refuses (a rule across fields). */
export function refusedCombinations(): ChannelUpdate[] {
  return combinations().filter((update) => !acceptedBySpec(update));
}
