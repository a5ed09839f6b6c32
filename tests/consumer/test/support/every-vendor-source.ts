/**
 * A consumer file written from the manifest: every vendor's package imported by its name,
 * its client created with its own credential options, every operation called through the raw
 * client and the facade with the inputs its spec documents, and one `@ts-expect-error` per
 * vendor (a client without its credential). Compiled in the consumer project, never run.
 */
import { credentialOptionValues, type VendorManifest } from "@switchboard/client-runtime/spec";
import {
  documentedRequests,
  manifestVendors,
  type DocumentedRequest,
} from "@switchboard/test-support";

/** A JSON value as a TypeScript literal, indented to sit inside a call in the function body. */
const literal = (value: unknown): string =>
  JSON.stringify(value, null, 2).replaceAll("\n", "\n    ");

function optionsOf(vendor: VendorManifest): string {
  const credentials = credentialOptionValues(vendor.auth, { secret: "demo", username: "demo" });
  const entries = Object.entries(credentials).map(
    ([option, value]) => `${literal(option)}: ${literal(value)}`,
  );
  return `{ ${[...entries, `baseUrl: \`\${gateway}/${vendor.name}\``].join(", ")} }`;
}

function rawCall(vendor: VendorManifest, request: DocumentedRequest): string[] {
  const { path, method } = vendor.operations.find((op) => op.operationId === request.operationId)!;
  const { path: pathParams, query, body } = request.input;
  const params = { ...(pathParams ? { path: pathParams } : {}), ...(query ? { query } : {}) };
  const init = {
    ...(Object.keys(params).length > 0 ? { params } : {}),
    ...(body === undefined ? {} : { body }),
  };
  return [
    "  {",
    `    const { data } = await ${vendor.key}.${method.toUpperCase()}(${literal(path)}, ${literal(init)});`,
    "    typed(data, false);",
    "  }",
  ];
}

function facadeCall(request: DocumentedRequest): string[] {
  const { path, query, body } = request.input;
  const args = [
    ...request.pathNames.map((name) => literal(path?.[name])),
    ...(body === undefined ? [] : [literal(body)]),
    ...(query === undefined ? [] : [literal({ query })]),
  ];
  return [
    "  {",
    `    const result = await sb.${request.vendor}.${request.operationId}(${args.join(", ")});`,
    "    if (result.ok) typed(result.data, false);",
    `    typed<UpdateData<${literal(request.name)}>>(undefined as never, false);`,
    "  }",
  ];
}

function vendorSection(vendor: VendorManifest, requests: readonly DocumentedRequest[]): string[] {
  const pkg = `${vendor.key}Package`;
  return [
    `  // ${vendor.name}`,
    `  const ${vendor.key}Options = ${optionsOf(vendor)} satisfies ${pkg}.${vendor.typeName}ClientOptions;`,
    `  const ${vendor.key}: ${pkg}.${vendor.typeName}Client = ${pkg}.${vendor.clientFactory}(${vendor.key}Options);`,
    `  typed(${pkg}.metadata, false);`,
    `  typed(${pkg}.requestValidators, false);`,
    `  // @ts-expect-error the credential option ${vendor.auth.options.secret} is required`,
    `  ${pkg}.${vendor.clientFactory}({ baseUrl: gateway });`,
    ...requests
      .filter((request) => request.prefix === vendor.name)
      .flatMap((r) => rawCall(vendor, r)),
  ];
}

export function everyVendorSource(): string {
  const vendors = manifestVendors();
  const requests = documentedRequests();
  return [
    "// Written by the consumer suite from manifest.json; compiled, never run.",
    'import { createSwitchboard, type UpdateData } from "@switchboard/sdk";',
    ...vendors.map(
      (vendor) => `import * as ${vendor.key}Package from ${literal(vendor.packageName)};`,
    ),
    "",
    "/** `true` only for `any`. */",
    "type IsAny<T> = 0 extends 1 & T ? true : false;",
    "/** Compiles only when `value` is not `any`: the types are the generated ones. */",
    "function typed<T>(_value: T, _isAny: IsAny<T>): void {}",
    "",
    'const gateway = "http://127.0.0.1:4010";',
    "",
    "export async function everyVendor(): Promise<void> {",
    ...vendors.flatMap((vendor) => vendorSection(vendor, requests)),
    `  const sb = createSwitchboard({ ${vendors.map((v) => `${v.key}: ${v.key}Options`).join(", ")} });`,
    ...requests.flatMap(facadeCall),
    "}",
    "",
  ].join("\n");
}
