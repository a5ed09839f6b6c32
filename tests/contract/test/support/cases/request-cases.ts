/**
 * 2-5. Requests the gateway must refuse or serve: one constraint broken, credentials missing or
 * in the wrong scheme, a media type not accepted, and each generated client end to end.
 */
import { isObject } from "@switchboard/client-runtime/spec";
import {
  allOperations,
  bodyMutations,
  mutationName,
  parameterMutations,
  schemeStyle,
  styleName,
  type CredentialStyle,
  type Mutation,
  type NamedExample,
  type Operation,
  type RequestMedia,
} from "@switchboard/test-support";

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
