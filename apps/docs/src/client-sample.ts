import { gatewayBaseUrl } from "./curl-example.js";
import { vendorSampleCredential } from "./sample-credentials.js";
import type { OperationModel, VendorModel } from "./site-model.js";

const MAX_LINE = 80;

/**
 * A short TypeScript sample for one vendor: `createSwitchboard` pointed at the mock gateway
 * with placeholder credentials, and one call of the operation whose documented request example
 * is the smallest. Undefined for a vendor the facade does not know.
 */
export function clientSample(vendor: VendorModel): string | undefined {
  const credential = vendorSampleCredential(vendor.facadeKey);
  const operation = smallestExample(vendor.operations);
  if (credential === undefined || operation === undefined) return undefined;
  const options = { ...credential.options, baseUrl: gatewayBaseUrl(vendor.prefix) };
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
    `const sb = createSwitchboard(${jsLiteral({ [vendor.facadeKey]: options }, 0, true)});`,
    ``,
    call(`const result = await sb.${vendor.facadeKey}.${operation.operationId}`, args),
    `if (result.ok) console.log(result.data);`,
    `else console.error(result.error.kind, result.error.message, result.error.issues);`,
  ].join("\n");
}

function smallestExample(operations: readonly OperationModel[]): OperationModel | undefined {
  const size = (operation: OperationModel) =>
    JSON.stringify(operation.requestBody?.example.value ?? null).length;
  return [...operations].sort((a, b) => size(a) - size(b))[0];
}

/** `head(arg, arg);` on one line when it fits, else one argument per line. */
function call(head: string, args: readonly unknown[]): string {
  const inline = `${head}(${args.map((arg) => jsLiteral(arg, 0)).join(", ")});`;
  if (inline.length <= MAX_LINE && !inline.includes("\n")) return inline;
  return `${head}(\n${args.map((arg) => `  ${jsLiteral(arg, 1)},\n`).join("")});`;
}

/** A JSON value as a TypeScript literal: identifier keys unquoted, short values on one line. */
export function jsLiteral(value: unknown, depth: number, multiline = false): string {
  const indent = "  ".repeat(depth);
  if (Array.isArray(value)) {
    const items = value.map((item) => jsLiteral(item, depth + 1));
    return block("[", "]", items, indent, multiline);
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([key, item]) => `${property(key)}: ${jsLiteral(item, depth + 1)}`,
    );
    return block("{", "}", entries, indent, multiline, true);
  }
  return JSON.stringify(value) ?? "undefined";
}

function block(
  open: string,
  close: string,
  items: string[],
  indent: string,
  multiline: boolean,
  spaced = false,
): string {
  if (items.length === 0) return `${open}${close}`;
  const pad = spaced ? " " : "";
  const inline = `${open}${pad}${items.join(", ")}${pad}${close}`;
  if (!multiline && !inline.includes("\n") && indent.length + inline.length <= MAX_LINE - 20) {
    return inline;
  }
  return `${open}\n${items.map((item) => `${indent}  ${item},\n`).join("")}${indent}${close}`;
}

function property(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
