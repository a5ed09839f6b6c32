/**
 * The case tables of every feature, generated from the bundled specs. Test files run them; the
 * global setup writes them all to `.cases/cases.md` so the coverage is visible.
 */
import { mkdirSync, writeFileSync } from "node:fs";

import { isObject, validatorAt, type JsonObject } from "@switchboard/spec-validation";

import {
  bodyMutations,
  mutationName,
  parameterMutations,
  deserializeParameter,
  parameterValidator,
  type Mutation,
  type Segment,
} from "./mutations.js";
import { examplePathParams, schemeStyle, styleName, type CredentialStyle } from "./requests.js";
import {
  allOperations,
  deref,
  packageRoot,
  resolvedSchema,
  successResponse,
  vendors,
  type NamedExample,
  type Operation,
  type RequestMedia,
} from "./spec.js";

// ---------------------------------------------------------------------------------------------
// 1. Documented request examples

export interface ExampleCase {
  name: string;
  operation: Operation;
  media: RequestMedia;
  example: NamedExample;
}

export function exampleCases(): ExampleCase[] {
  return allOperations().flatMap((operation) =>
    (operation.requestBody?.media ?? []).flatMap((media) =>
      media.examples.map((example) => ({
        name: `${operation.label}: ${media.mediaType} example "${example.name}"`,
        operation,
        media,
        example,
      })),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// 2. Constraints broken one at a time

export interface ConstraintCase {
  name: string;
  operation: Operation;
  mutation: Mutation;
}

export function constraintCases(): ConstraintCase[] {
  return allOperations()
    .flatMap((operation) => [
      ...parameterMutations(operation).map((mutation) => ({ operation, mutation })),
      ...(operation.requestBody?.media ?? []).flatMap((media) =>
        bodyMutations(operation, media).map((mutation) => ({ operation, mutation })),
      ),
    ])
    .map(({ operation, mutation }) => ({
      name: `${operation.label}: ${mutationName(mutation)}`,
      operation,
      mutation,
    }));
}

// ---------------------------------------------------------------------------------------------
// 3. Missing and wrong-scheme credentials

export interface AuthCase {
  name: string;
  operation: Operation;
  /** null: no credentials at all. */
  style: CredentialStyle | null;
}

/** Every way of presenting a credential that some spec uses, plus HTTP basic and bearer. */
function allStyles(): CredentialStyle[] {
  const styles = new Map<string, CredentialStyle>([
    ["basic authorization", { kind: "basic" }],
    ["bearer authorization", { kind: "bearer" }],
  ]);
  for (const operation of allOperations()) {
    for (const scheme of operation.security) {
      const style = schemeStyle(scheme);
      styles.set(styleName(style), style);
    }
  }
  return [...styles.values()];
}

export function authCases(): AuthCase[] {
  return allOperations()
    .filter((operation) => operation.security.length > 0)
    .flatMap((operation) => {
      const accepted = new Set(operation.security.map((scheme) => styleName(schemeStyle(scheme))));
      const wrong = allStyles().filter((style) => !accepted.has(styleName(style)));
      return [
        { name: `${operation.label}: no credentials`, operation, style: null },
        ...wrong.map((style) => ({
          name: `${operation.label}: ${styleName(style)} instead of ${[...accepted].join(" + ")}`,
          operation,
          style,
        })),
      ];
    });
}

// ---------------------------------------------------------------------------------------------
// 4. Media types the operation does not accept

export interface MediaTypeCase {
  name: string;
  operation: Operation;
  contentType: string;
  raw: string;
}

const OTHER_BODIES: { contentType: string; encode: (value: unknown) => string }[] = [
  { contentType: "application/json", encode: (value) => JSON.stringify(value) },
  {
    contentType: "application/x-www-form-urlencoded",
    encode: (value) =>
      new URLSearchParams(
        Object.entries(isObject(value) ? value : {}).map(([name, field]) => [
          name,
          typeof field === "string" ? field : JSON.stringify(field),
        ]),
      ).toString(),
  },
  { contentType: "text/plain", encode: (value) => JSON.stringify(value) },
];

export function mediaTypeCases(): MediaTypeCase[] {
  return allOperations().flatMap((operation) => {
    const media = operation.requestBody?.media ?? [];
    const accepted = new Set(media.map((item) => item.mediaType.toLowerCase()));
    const example = media[0]?.examples[0];
    if (!example) return [];
    return OTHER_BODIES.filter(({ contentType }) => !accepted.has(contentType)).map(
      ({ contentType, encode }) => ({
        name: `${operation.label}: ${contentType} body (accepts ${[...accepted].join(", ")})`,
        operation,
        contentType,
        raw: encode(example.value),
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// 5. Generated clients, end to end

export interface ClientCase {
  name: string;
  operation: Operation;
  media: RequestMedia | undefined;
  example: NamedExample | undefined;
}

export function clientCases(): ClientCase[] {
  return allOperations().flatMap((operation) => {
    // A generated client sends an operation's body in its one documented media type.
    const media = operation.requestBody?.media[0];
    const examples: (NamedExample | undefined)[] = media ? media.examples : [undefined];
    return examples.map((example) => ({
      name: `${operation.label}: client sends ${example ? `example "${example.name}"` : "no body"}`,
      operation,
      media,
      example,
    }));
  });
}

// ---------------------------------------------------------------------------------------------
// 6. Echo, Prefer, faults

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
    for (const [field, property] of Object.entries(
      (requestSchema.properties ?? {}) as JsonObject,
    )) {
      const target = response.get(nameKey(field));
      const schema = deref(operation.vendor, property);
      if (!target || schema.writeOnly || target.schema.readOnly || target.schema.writeOnly)
        continue;
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
      const value = variantOf(
        operation,
        parameter.name,
        isObject(plain) ? plain[target.name] : undefined,
      );
      if (value === undefined) continue;
      const types = Array.isArray(target.schema.type) ? target.schema.type : [target.schema.type];
      const expected =
        types.includes("integer") || types.includes("number") ? Number(value) : value;
      cases.push({
        name: `${operation.label}: path ${parameter.name} = ${value} comes back as ${target.name}`,
        operation,
        pathParams: { ...examplePathParams(operation), [parameter.name]: value },
        responseField: target.name,
        expected,
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

export interface FaultCase {
  name: string;
  operation: Operation;
  status: number;
  retryAfter: string | undefined;
  /** The documented response for the status, when there is one. */
  documented: boolean;
}

export function faultCases(): FaultCase[] {
  return allOperations().flatMap((operation) => {
    const documented = operation.responses
      .map((response) => Number(response.status))
      .filter((status) => status >= 400);
    const statuses = [...new Set([...documented, 503])];
    return statuses.map((status) => {
      const retryAfter = status === 429 || status === 503 ? "2" : undefined;
      const header = `status=${status}${retryAfter ? `;retry-after=${retryAfter}` : ""}`;
      return {
        name: `${operation.label}: x-mock-fault ${header}`,
        operation,
        status,
        retryAfter,
        documented: documented.includes(status),
      };
    });
  });
}

// ---------------------------------------------------------------------------------------------
// 7. Hostile input

export interface HostileCase {
  name: string;
  operation: Operation;
  kind:
    | "malformed-json"
    | "malformed-json-field"
    | "oversized-declared"
    | "oversized-chunked"
    | "huge-header"
    | "unknown-path"
    | "unknown-method"
    | "malformed-percent-encoding";
  /** The form field (malformed JSON) or path parameter (malformed percent-encoding) at fault. */
  field?: string;
  media?: RequestMedia;
  method?: string;
}

const ANY_METHODS = ["GET", "PUT", "POST", "PATCH", "DELETE"];

export function hostileCases(): HostileCase[] {
  return allOperations().flatMap((operation) => {
    const cases: HostileCase[] = [];
    for (const media of operation.requestBody?.media ?? []) {
      if (/json/i.test(media.mediaType)) {
        cases.push({
          name: `malformed ${media.mediaType} body`,
          operation,
          kind: "malformed-json",
          media,
        });
      }
      for (const [field, contentType] of Object.entries(media.encoding)) {
        if (/json/i.test(contentType)) {
          cases.push({
            name: `malformed JSON in form field ${field}`,
            operation,
            kind: "malformed-json-field",
            field,
            media,
          });
        }
      }
    }
    for (const parameter of operation.parameters.filter((item) => item.in === "path")) {
      cases.push({
        name: `malformed percent-encoding in path parameter ${parameter.name}`,
        operation,
        kind: "malformed-percent-encoding",
        field: parameter.name,
      });
    }
    const defined = new Set(
      allOperations()
        .filter((other) => other.vendor === operation.vendor && other.path === operation.path)
        .map((other) => other.method),
    );
    const method = ANY_METHODS.find((candidate) => !defined.has(candidate));
    cases.push(
      {
        name: "a body over the 1 MiB limit (declared length)",
        operation,
        kind: "oversized-declared",
      },
      { name: "a body over the 1 MiB limit (chunked)", operation, kind: "oversized-chunked" },
      { name: "a 64 KiB header", operation, kind: "huge-header" },
      { name: "an unknown path under the vendor", operation, kind: "unknown-path" },
      ...(method
        ? [
            {
              name: `${method} on the operation's path`,
              operation,
              kind: "unknown-method" as const,
              method,
            },
          ]
        : []),
    );
    return cases.map((item) => ({ ...item, name: `${operation.label}: ${item.name}` }));
  });
}

// ---------------------------------------------------------------------------------------------
// Write-only fields

/** The paths (in `value`) of the fields its schema marks `writeOnly`. */
export function writeOnlyPaths(
  vendor: string,
  node: unknown,
  value: unknown,
  path: Segment[] = [],
): Segment[][] {
  const schema = deref(vendor, node);
  if (schema.writeOnly === true) return value === undefined ? [] : [path];
  const found: Segment[][] = [];
  for (const keyword of ["anyOf", "oneOf", "allOf"] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) {
      for (const branch of branches) found.push(...writeOnlyPaths(vendor, branch, value, path));
    }
  }
  if (isObject(value) && isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      if (name in value)
        found.push(...writeOnlyPaths(vendor, property, value[name], [...path, name]));
    }
  }
  if (Array.isArray(value) && typeof schema.items === "object" && schema.items !== null) {
    value.forEach((item, index) =>
      found.push(...writeOnlyPaths(vendor, schema.items, item, [...path, index])),
    );
  }
  const unique = new Map(found.map((item) => [JSON.stringify(item), item]));
  return [...unique.values()];
}

export function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

export interface WriteOnlyCase {
  name: string;
  operation: Operation;
  media: RequestMedia;
  example: NamedExample;
  paths: Segment[][];
}

/** Request examples that send a write-only field: none of it may come back. */
export function writeOnlyCases(): WriteOnlyCase[] {
  return exampleCases().flatMap(({ operation, media, example }) => {
    const paths = writeOnlyPaths(
      operation.vendor,
      { $ref: `#${media.schemaPointer}` },
      example.value,
    );
    return paths.length === 0
      ? []
      : [
          {
            name: `${operation.label}: example "${example.name}" gets none of its write-only fields back (${paths.map((path) => path.join(".")).join(", ")})`,
            operation,
            media,
            example,
            paths,
          },
        ];
  });
}

// ---------------------------------------------------------------------------------------------
// The case list

/** Single-instance checks that are not per operation. */
export const GATEWAY_CASES = [
  "fault: delay is at least the requested delay (per operation)",
  "fault: reset drops the connection (per operation)",
  "fault: a malformed x-mock-fault header is rejected",
  "journal: DELETE clears it",
  "journal: keeps only the newest entries (bounded)",
  "journal: records what was sent, credentials redacted",
  "health: lists every spec, every operation and the version",
  "hostile: an unknown prefix is a 404",
  "hostile: the gateway root is a 404",
];

export interface ListedCase {
  feature: string;
  name: string;
}

export function caseList(): ListedCase[] {
  const rows: ListedCase[] = [
    ...exampleCases().map(({ name }) => ({ feature: "examples", name })),
    ...writeOnlyCases().map(({ name }) => ({ feature: "examples (write-only)", name })),
    ...constraintCases().map(({ name }) => ({ feature: "constraints", name })),
    ...authCases().map(({ name }) => ({ feature: "auth", name })),
    ...mediaTypeCases().map(({ name }) => ({ feature: "media types", name })),
    ...clientCases().map(({ name }) => ({ feature: "clients", name })),
    ...echoCases().map(({ name }) => ({ feature: "echo", name })),
    ...pathEchoCases().map(({ name }) => ({ feature: "echo (path)", name })),
    ...preferCases().map(({ name }) => ({ feature: "prefer", name })),
    ...faultCases().map(({ name }) => ({ feature: "faults", name })),
    ...allOperations().flatMap((operation) => [
      { feature: "faults", name: `${operation.label}: x-mock-fault delay` },
      { feature: "faults", name: `${operation.label}: x-mock-fault reset` },
    ]),
    ...hostileCases().map(({ name }) => ({ feature: "hostile input", name })),
    ...GATEWAY_CASES.map((name) => ({ feature: "gateway", name })),
  ];
  return rows;
}

export const CASE_LIST_PATH = `${packageRoot}.cases/cases.md`;

/** A Markdown table with its columns padded, as Prettier writes tables (so it stays unformatted). */
function markdownTable(header: string[], rows: string[][]): string[] {
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  const cells = [header, ...rows].map((row) => row.map(escape));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  return [
    line(cells[0]!),
    line(widths.map((width) => "-".repeat(width))),
    ...cells.slice(1).map(line),
  ];
}

/** Writes the case list (Markdown) and returns how many cases it holds. */
export function writeCaseList(): number {
  const rows = caseList();
  const byFeature = new Map<string, number>();
  for (const row of rows) byFeature.set(row.feature, (byFeature.get(row.feature) ?? 0) + 1);
  const lines = [
    "# Contract cases",
    "",
    `Generated from the bundled specs of ${vendors().join(", ")} (${allOperations().length} operations). ${rows.length} cases.`,
    "",
    ...markdownTable(
      ["feature", "cases"],
      [...byFeature].map(([feature, count]) => [feature, String(count)]),
    ),
    "",
    ...markdownTable(
      ["#", "feature", "case"],
      rows.map((row, index) => [String(index + 1), row.feature, row.name]),
    ),
    "",
  ];
  mkdirSync(`${packageRoot}.cases`, { recursive: true });
  writeFileSync(CASE_LIST_PATH, lines.join("\n"));
  return rows.length;
}
