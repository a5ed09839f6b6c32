/**
 * Constraint violations derived by walking an operation's request schema and parameter schemas:
 * one mutation per constraint met, breaking exactly that constraint. Nothing in this folder
 * names a vendor or a field: a new constraint in a spec is a new mutation.
 */
import type { JsonObject } from "@switchboard/client-runtime/spec";

import type { Parameter, RequestMedia } from "../spec/operations.js";

/** A key or index on the way to a value inside a body. */
export type Segment = string | number;

/** A key no request schema defines. */
export const UNKNOWN_KEY = "contract_unknown_field";

export interface BodyMutation {
  kind: "body";
  media: RequestMedia;
  /** The JSON Schema keyword the mutation breaks (`if/then` for a conditional requirement). */
  rule: string;
  /** Where the offending value is (for a dropped or unknown field: that field). */
  target: Segment[];
  /** What is done, for the case name: `drop the required field`, `not in enum`, ... */
  describe: string;
  /** The schemas of the containers on the way to `target` (root first), to fill missing parents. */
  containers: JsonObject[];
  /** Edits a (materialized) copy of the base body in place, or returns a whole new body. */
  edit(body: JsonObject): unknown;
}

export interface ParameterMutation {
  kind: "parameter";
  parameter: Parameter;
  rule: string;
  describe: string;
  /** The raw value sent (path segment or query value). */
  value: string;
}

export type Mutation = BodyMutation | ParameterMutation;

export function mutationName(mutation: Mutation): string {
  if (mutation.kind === "parameter") {
    return `${mutation.parameter.in}.${mutation.parameter.name}: ${mutation.rule} (${mutation.describe})`;
  }
  const where = ["body", ...mutation.target].join(".");
  return `${where}: ${mutation.rule} (${mutation.describe})`;
}

/** The error location a vendor reports for the mutation: `["body", ...]`, `["path", name]`. */
export function mutationLocation(mutation: Mutation): Segment[] {
  return mutation.kind === "parameter"
    ? [mutation.parameter.in, mutation.parameter.name]
    : ["body", ...mutation.target];
}
