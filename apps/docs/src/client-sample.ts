import { gatewayBaseUrl } from "./curl-example.js";
import { callStatement, jsLiteral } from "./js-literal.js";
import { sampleCredential } from "./sample-credentials.js";
import type { OperationModel, VendorModel } from "./site-model.js";

/**
 * A short TypeScript sample for one vendor: `createSwitchboard` pointed at the mock gateway
 * with placeholder credentials, and one call of the operation whose documented request example
 * is the smallest. Undefined for a vendor without operations.
 */
export function clientSample(vendor: VendorModel): string | undefined {
  const operation = smallestExample(vendor.operations);
  return operation === undefined ? undefined : facadeSample(vendor, operation);
}

/**
 * One operation through the facade: `createSwitchboard` pointed at the mock gateway with
 * placeholder credentials, then the call with the operation's documented examples (path
 * parameters in path order, the body, then the query).
 */
export function facadeSample(vendor: VendorModel, operation: OperationModel): string {
  const options = {
    ...sampleCredential(vendor.auth).options,
    baseUrl: gatewayBaseUrl(vendor.name),
  };
  const args = [
    ...operation.pathParams.map(({ value }) => value),
    ...(operation.requestBody ? [operation.requestBody.example.value] : []),
    ...(operation.query.length > 0
      ? [{ query: Object.fromEntries(operation.query.map(({ name, value }) => [name, value])) }]
      : []),
  ];
  return [
    `import { createSwitchboard } from "@switchboard/sdk";`,
    ``,
    `const sb = createSwitchboard(${jsLiteral({ [vendor.key]: options }, 0, true)});`,
    ``,
    callStatement(`const result = await sb.${vendor.key}.${operation.operationId}`, args),
    `if (result.ok) console.log(result.data);`,
    `else console.error(result.error.kind, result.error.message, result.error.issues);`,
  ].join("\n");
}

function smallestExample(operations: readonly OperationModel[]): OperationModel | undefined {
  const size = (operation: OperationModel) =>
    JSON.stringify(operation.requestBody?.example.value ?? null).length;
  return [...operations].sort((a, b) => size(a) - size(b))[0];
}
