/**
 * 6. What the gateway adds to the examples: the caller's change echoed back (from the body or
 * a path parameter), and `Prefer: example=` returning a documented example unchanged.
 */
import { isObject, type JsonObject } from "@switchboard/client-runtime/spec";
import {
  allOperations,
  deref,
  deserializeParameter,
  examplePathParams,
  parameterValidator,
  resolvedSchema,
  successResponse,
  validatorAt,
  type NamedExample,
  type Operation,
  type RequestMedia,
} from "@switchboard/test-support";

/** Names match without regard to case or `_` (`InteractionSid` ~ `interaction_sid`). */
function nameKey(name: string): string {
  return name.replace(/[^a-z0-9]/gi, "").toLowerCase();
}

function plainSuccessExample(operation: Operation): unknown {
  return successResponse(operation).examples[0]?.value;
}

function responseProperties(
  operation: Operation,
): Map<string, { name: string; schema: JsonObject }> {
  const success = successResponse(operation);
  if (!success.schemaPointer) return new Map();
  const schema = resolvedSchema(operation.vendor, success.schemaPointer);
  const properties = (isObject(schema.properties) ? schema.properties : {}) as JsonObject;
  return new Map(
    Object.entries(properties).map(([name, property]) => [
      nameKey(name),
      { name, schema: deref(operation.vendor, property) },
    ]),
  );
}

function scalarCandidates(vendor: string, schema: JsonObject): unknown[] {
  if (Array.isArray(schema.enum)) return schema.enum.filter((value) => value !== null);
  const branches = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(branches)) {
    return branches.flatMap((branch) => scalarCandidates(vendor, deref(vendor, branch)));
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes("string") && schema.pattern === undefined && schema.format === undefined) {
    return ["contract-echo-value"];
  }
  if (types.includes("integer")) return [4242];
  if (types.includes("number")) return [42.5];
  if (types.includes("boolean")) return [true, false];
  return [];
}

export interface EchoCase {
  name: string;
  operation: Operation;
  media: RequestMedia;
  example: string;
  body: unknown;
  responseField: string;
  value: unknown;
}

/**
 * For each top-level request field that names a response property: a valid request that
 * changes it to a value the plain response example does not have.
 */
export function echoCases(): EchoCase[] {
  const cases: EchoCase[] = [];
  for (const operation of allOperations()) {
    const media = operation.requestBody?.media.find((item) => item.examples.length > 0);
    if (!media) continue;
    const plain = plainSuccessExample(operation);
    const response = responseProperties(operation);
    const validate = validatorAt(operation.vendor, media.schemaPointer);
    const requestSchema = resolvedSchema(operation.vendor, media.schemaPointer);
    const examples = [...media.examples].sort(
      (a, b) => JSON.stringify(b.value).length - JSON.stringify(a.value).length,
    );
    const fields = Object.entries((requestSchema.properties ?? {}) as JsonObject);
    for (const [field, property] of fields) {
      const target = response.get(nameKey(field));
      const schema = deref(operation.vendor, property);
      if (!target || schema.writeOnly || target.schema.readOnly || target.schema.writeOnly) {
        continue;
      }
      const found = examples
        .flatMap((example) =>
          scalarCandidates(operation.vendor, schema)
            .filter((value) => !isObject(plain) || plain[target.name] !== value)
            .map((value) => ({
              example,
              value,
              body: { ...(example.value as JsonObject), [field]: value },
            })),
        )
        .find(({ body }) => validate(body));
      if (!found) continue;
      cases.push({
        name: `${operation.label}: request ${field} = ${JSON.stringify(found.value)} comes back as ${target.name}`,
        operation,
        media,
        example: found.example.name,
        body: found.body,
        responseField: target.name,
        value: found.value,
      });
    }
  }
  return cases;
}

export interface PathEchoCase {
  name: string;
  operation: Operation;
  pathParams: Record<string, string>;
  responseField: string;
  expected: unknown;
}

const VARIANT_CHARACTERS = "0123456789abcdefZ";

/** A valid value of a path parameter that differs from its example (and from the response's). */
function variantOf(operation: Operation, name: string, avoid: unknown): string | undefined {
  const parameter = operation.parameters.find((item) => item.in === "path" && item.name === name)!;
  const validate = parameterValidator(operation.vendor, parameter);
  const example = String(parameter.example);
  const candidates = [
    /^-?\d+$/.test(example) ? String(Number(example) + 1) : undefined,
    "0f8fad5b-d9cb-469f-a165-70867728950e",
    ...[...VARIANT_CHARACTERS].map((character) => example.slice(0, -1) + character),
  ];
  return candidates.find(
    (candidate) =>
      candidate !== undefined &&
      candidate !== example &&
      String(avoid) !== candidate &&
      validate(deserializeParameter(operation.vendor, parameter, candidate)),
  );
}

/** A path parameter names a response property (or `<thing>_id` sets `id`): it comes back. */
export function pathEchoCases(): PathEchoCase[] {
  const cases: PathEchoCase[] = [];
  for (const operation of allOperations()) {
    const response = responseProperties(operation);
    const plain = plainSuccessExample(operation);
    for (const parameter of operation.parameters.filter((item) => item.in === "path")) {
      const target =
        response.get(nameKey(parameter.name)) ??
        (/id$/i.test(parameter.name) ? response.get("id") : undefined);
      if (!target) continue;
      const avoid = isObject(plain) ? plain[target.name] : undefined;
      const value = variantOf(operation, parameter.name, avoid);
      if (value === undefined) continue;
      const types = Array.isArray(target.schema.type) ? target.schema.type : [target.schema.type];
      const numeric = types.includes("integer") || types.includes("number");
      cases.push({
        name: `${operation.label}: path ${parameter.name} = ${value} comes back as ${target.name}`,
        operation,
        pathParams: { ...examplePathParams(operation), [parameter.name]: value },
        responseField: target.name,
        expected: numeric ? Number(value) : value,
      });
    }
  }
  return cases;
}

export interface PreferCase {
  name: string;
  operation: Operation;
  status: number;
  example: NamedExample;
}

export function preferCases(): PreferCase[] {
  return allOperations().flatMap((operation) => {
    const success = successResponse(operation);
    return success.examples.map((example) => ({
      name: `${operation.label}: Prefer example=${example.name} returns that example unchanged`,
      operation,
      status: Number(success.status),
      example,
    }));
  });
}
