/**
 * Invalid requests: a generated valid request with exactly one constraint broken.
 *
 * The constraints come from the shared mutation walker (`@switchboard/test-support`) (one mutation per constraint
 * of the request schema and of each path/query parameter schema, nothing named by hand). Where
 * the generated request lacks a container on the way to the broken field (an optional object
 * left out, a `null`, an empty array), a generated valid value of that container's schema is put
 * there first, so the break lands where it is meant to.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { isObject, pointerOf } from "@switchboard/client-runtime/spec";
import {
  bodyMutations,
  deserializeParameter,
  localRejection,
  mutationName,
  parameterMutations,
  type BodyMutation,
  type Mutation,
  type ParameterMutation,
  type Segment,
  validatorAt,
} from "@switchboard/test-support";

import type { FacadeRequest, OperationUnderTest } from "./operations.js";
import { schemaArbitrary } from "./schema-arbitrary.js";
import { validRequest } from "./valid-request.js";

export interface InvalidRequest {
  request: FacadeRequest;
  /** `body.Routing.status: enum (...)`, `path.Sid: pattern (...)`. */
  broken: string;
  /** JSON Pointer (into `{ path, query, body }`) of the broken value. */
  pointer: string;
  /** Why the spec's strict Ajv does not see exactly this one break (undefined: it does). */
  oracleProblem: string | undefined;
}

/** Every single-constraint break the walker derives for the operation. */
export function mutationsOf(operation: OperationUnderTest): Mutation[] {
  const body = operation.media ? bodyMutations(operation.spec, operation.media) : [];
  return [...body, ...parameterMutations(operation.spec)];
}

const isContainer = (value: unknown): value is object =>
  typeof value === "object" && value !== null;

function childOf(node: unknown, segment: Segment): unknown {
  return isContainer(node) ? (node as Record<Segment, unknown>)[segment] : undefined;
}

/** Puts `fillers[depth]` wherever the path to the mutation's target is not a container. */
function materialize(body: unknown, mutation: BodyMutation, fillers: unknown[]): void {
  let node = body;
  for (let depth = 1; depth < mutation.target.length; depth += 1) {
    const segment = mutation.target[depth - 1]!;
    if (!isContainer(childOf(node, segment))) {
      (node as Record<Segment, unknown>)[segment] = fillers[depth - 1];
    }
    node = childOf(node, segment);
  }
}

function breakBody(
  operation: OperationUnderTest,
  mutation: BodyMutation,
): fc.Arbitrary<InvalidRequest> {
  const vendor = operation.spec.vendor;
  const fillers = mutation.containers
    .slice(1, mutation.target.length)
    .map((schema) => schemaArbitrary(vendor, schema).filter(isContainer));
  const validate = validatorAt(vendor, operation.media!.schemaPointer);
  return fc.tuple(validRequest(operation), fc.tuple(...fillers)).map(([valid, filled]) => {
    const request = structuredClone(valid);
    if (!isObject(request.body)) request.body = {};
    materialize(request.body, mutation, structuredClone(filled));
    const replaced = mutation.edit(request.body as Record<string, unknown>);
    if (replaced !== undefined) request.body = replaced;
    const verdict = localRejection(validate, request.body, mutation.target);
    return {
      request,
      broken: mutationName(mutation),
      pointer: `/body${pointerOf(...mutation.target)}`,
      oracleProblem: verdict.ok ? undefined : verdict.reason,
    };
  });
}

function breakParameter(
  operation: OperationUnderTest,
  mutation: ParameterMutation,
): fc.Arbitrary<InvalidRequest> {
  const { parameter } = mutation;
  const vendor = operation.spec.vendor;
  const value = deserializeParameter(vendor, parameter, mutation.value);
  const validate = validatorAt(vendor, parameter.schemaPointer);
  return validRequest(operation).map((valid) => {
    const request = structuredClone(valid);
    const location = parameter.in as "path" | "query";
    request[location] = { ...request[location], [parameter.name]: value };
    return {
      request,
      broken: mutationName(mutation),
      pointer: `/${location}/${parameter.name}`,
      oracleProblem: validate(value) ? "Ajv accepts the mutated parameter" : undefined,
    };
  });
}

/** Generated requests that break exactly the given constraint of the operation's spec. */
function breaking(operation: OperationUnderTest, mutation: Mutation): fc.Arbitrary<InvalidRequest> {
  return mutation.kind === "body"
    ? breakBody(operation, mutation)
    : breakParameter(operation, mutation);
}

/**
 * One arbitrary per constraint of the operation, each with its share of `total` runs (at least
 * one each), so every constraint is broken and the runs add up to `total` or more.
 */
export function invalidRequestsPerConstraint(
  operation: OperationUnderTest,
  total: number,
): { name: string; requests: fc.Arbitrary<InvalidRequest>; runs: number }[] {
  const mutations = mutationsOf(operation);
  if (mutations.length === 0) throw new Error(`${operation.name}: no constraint to break`);
  const runs = Math.ceil(total / mutations.length);
  return mutations.map((mutation) => ({
    name: mutationName(mutation),
    requests: breaking(operation, mutation),
    runs,
  }));
}

/**
 * Runs `check` on at least `total` generated requests that each break one constraint (every
 * constraint in turn), once the spec's strict Ajv has confirmed the break; returns how many ran.
 */
export async function forEachInvalidRequest(
  operation: OperationUnderTest,
  total: number,
  check: (invalid: InvalidRequest) => Promise<void>,
): Promise<number> {
  let sent = 0;
  for (const constraint of invalidRequestsPerConstraint(operation, total)) {
    await fc.assert(
      fc.asyncProperty(constraint.requests, async (invalid) => {
        sent += 1;
        expect(invalid.oracleProblem, `strict Ajv on ${invalid.broken}`).toBeUndefined();
        await check(invalid);
      }),
      { numRuns: constraint.runs },
    );
  }
  return sent;
}
