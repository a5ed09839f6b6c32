/** 1. Documented request examples, and the write-only fields they send. */
import { isObject } from "@switchboard/client-runtime/spec";
import {
  allOperations,
  deref,
  type NamedExample,
  type Operation,
  type RequestMedia,
  type Segment,
} from "@switchboard/test-support";

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
      if (name in value) {
        found.push(...writeOnlyPaths(vendor, property, value[name], [...path, name]));
      }
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
    if (paths.length === 0) return [];
    const fields = paths.map((path) => path.join(".")).join(", ");
    return [
      {
        name: `${operation.label}: example "${example.name}" gets none of its write-only fields back (${fields})`,
        operation,
        media,
        example,
        paths,
      },
    ];
  });
}
