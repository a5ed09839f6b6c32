/** The state of one walk over a request schema, and how a mutation is recorded on it. */
import type { JsonObject } from "@switchboard/client-runtime/spec";

import type { RequestMedia } from "../spec/operations.js";
import type { BodyMutation, Segment } from "./types.js";

export interface Walk {
  vendor: string;
  media: RequestMedia;
  mutations: BodyMutation[];
}

export function add(
  walk: Walk,
  target: Segment[],
  containers: JsonObject[],
  rule: string,
  describe: string,
  edit: (body: JsonObject) => unknown,
): void {
  walk.mutations.push({
    kind: "body",
    media: walk.media,
    rule,
    target,
    describe,
    containers,
    edit,
  });
}

/** A form field that is not JSON-encoded is always a string on the wire: its type cannot be broken. */
export function typeExpressible(walk: Walk, target: Segment[]): boolean {
  if (!/x-www-form-urlencoded/i.test(walk.media.mediaType)) return true;
  if (target.length === 0) return false;
  const encoding = walk.media.encoding[String(target[0])];
  return target.length > 1 || (encoding !== undefined && /json/i.test(encoding));
}
