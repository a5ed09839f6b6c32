import { pascalCase } from "@switchboard/client-runtime/spec";
import { gatewayBaseUrl } from "../curl-example.js";
import { jsLiteral } from "../js-literal.js";
import { sampleCredential } from "../sample-credentials.js";
import type { OperationModel, VendorModel } from "../site-model.js";

/**
 * The vendor package's client factory, `createTwilioFlexClient`: named by client-runtime's
 * manifest rule (`create` + the prefix in PascalCase + `Client`), which the site model does
 * not carry; a test holds it to manifest.json's `clientFactory`.
 */
export function clientFactoryName(vendor: Pick<VendorModel, "name">): string {
  return `create${pascalCase(vendor.name)}Client`;
}

/**
 * One operation through the vendor's generated client (openapi-fetch): the factory pointed at
 * the mock gateway with placeholder credentials, then `client.<METHOD>(path, { params, body })`
 * with the operation's documented examples.
 */
export function generatedClientSample(vendor: VendorModel, operation: OperationModel): string {
  const factory = clientFactoryName(vendor);
  const options = {
    ...sampleCredential(vendor.auth).options,
    baseUrl: gatewayBaseUrl(vendor.name),
  };
  const params = {
    ...(operation.pathParams.length > 0
      ? { path: Object.fromEntries(operation.pathParams.map(({ name, value }) => [name, value])) }
      : {}),
    ...(operation.query.length > 0
      ? { query: Object.fromEntries(operation.query.map(({ name, value }) => [name, value])) }
      : {}),
  };
  const init = {
    ...(Object.keys(params).length > 0 ? { params } : {}),
    ...(operation.requestBody ? { body: operation.requestBody.example.value } : {}),
  };
  const method = operation.method.toUpperCase();
  const args = [
    JSON.stringify(operation.path),
    ...(Object.keys(init).length > 0 ? [jsLiteral(init, 1, true)] : []),
  ];
  return [
    `import { ${factory} } from "${vendor.packageName}";`,
    ``,
    `const client = ${factory}(${jsLiteral(options, 0, true)});`,
    ``,
    `const { data, error, response } = await client.${method}(`,
    ...args.map((arg) => `  ${arg},`),
    `);`,
    `if (error) console.error(response.status, error);`,
    `else console.log(response.status, data);`,
  ].join("\n");
}
