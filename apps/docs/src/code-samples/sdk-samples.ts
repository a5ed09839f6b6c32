import { camelCase } from "@switchboard/client-runtime/spec";
import { gatewayBaseUrl } from "../curl-example.js";
import { callStatement, jsLiteral } from "../js-literal.js";
import { sampleCredential } from "../sample-credentials.js";
import type { OperationModel, VendorModel } from "../site-model.js";
import { OFFICIAL_SDKS, type OfficialSdk, type SdkArgument } from "./official-sdks.js";
import { pythonCall, pythonLiteral } from "./python-literal.js";

const CALL = "{call}";

/** The vendor's official SDKs (none for most), from the curation data. */
export function officialSdks(vendor: Pick<VendorModel, "name">): readonly OfficialSdk[] {
  return OFFICIAL_SDKS[vendor.name] ?? [];
}

/** `Status` → `status`, `RoutingType` → `routing_type`: how SDKs rename the API's fields. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[-.\s]+/g, "_")
    .toLowerCase();
}

/** `Status` → `status`, `routing_type` → `routingType`. */
export function sdkCamelCase(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toLowerCase() + camel.slice(1);
}

/**
 * One operation's sample for one official SDK, or undefined when the SDK has no entry for it:
 * the SDK's template with the call in it, built from the operation's documented examples.
 */
export function sdkSample(
  sdk: OfficialSdk,
  vendor: VendorModel,
  operation: OperationModel,
): string | undefined {
  const call = sdk.operations[operation.operationId];
  if (call === undefined) return undefined;
  const literal = sdk.language === "python" ? pythonLiteral : jsLiteral;
  const pathValues = new Map(operation.pathParams.map(({ name, value }) => [name, value]));
  const callee = call.callee.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!pathValues.has(name)) {
      throw new Error(`${sdk.label} ${operation.operationId}: no path parameter "${name}"`);
    }
    return literal(pathValues.get(name), 0);
  });
  const args = call.arguments.flatMap((argument) => argumentValues(argument, operation, sdk));
  const credentials = sampleCredential(vendor.auth).options;
  const lines = sdk.template.map((line) => {
    const at = line.indexOf(CALL);
    if (at === -1) return fill(line, vendor, credentials, sdk);
    const before = line.slice(0, at);
    const after = line.slice(at + CALL.length);
    const indent = before.slice(0, before.length - before.trimStart().length);
    const values = args.map((arg) => arg.value);
    // A long chain of calls goes one call a line: `client.flexApi.v1.interaction(…)`, `.channels(…)`, …
    const segments = callee.split(/(?<=\))(?=\.)/);
    const last = segments.pop() ?? callee;
    if (sdk.language === "python") {
      const head = `${before.trimStart()}${callee}`;
      const depth = indent.length / 4;
      const inline = pythonCall(head, args, depth);
      if (segments.length === 0 || !firstLineOpens(inline)) {
        return `${indent}${inline}${after}`;
      }
      const inner = `${indent}    `;
      return [
        `${indent}${before.trimStart()}(`,
        ...segments.map((segment) => `${inner}${segment}`),
        `${inner}${pythonCall(last, args, depth + 1)}`,
        `${indent})${after}`,
      ].join("\n");
    }
    // callStatement ends the statement with `;`: the template says what follows the call.
    const inline = callStatement(`${before}${callee}`, values);
    if (segments.length === 0 || !firstLineOpens(inline)) {
      return `${inline.slice(0, -1)}${after}`;
    }
    return [
      `${before}${segments[0]}`,
      ...segments.slice(1).map((segment) => `  ${segment}`),
      `${callStatement(`  ${last}`, values).slice(0, -1)}${after}`,
    ].join("\n");
  });
  return lines.join("\n");
}

/** Whether a rendered call was too long for one line (its first line opens the argument list). */
function firstLineOpens(call: string): boolean {
  return (call.split("\n")[0] ?? "").endsWith("(");
}

function argumentValues(
  argument: SdkArgument,
  operation: OperationModel,
  sdk: OfficialSdk,
): { keyword?: string; value: unknown }[] {
  const body = operation.requestBody?.example.value;
  switch (argument.from) {
    case "path": {
      const param = operation.pathParams.find((p) => p.name === argument.name);
      if (param === undefined) {
        throw new Error(
          `${sdk.label} ${operation.operationId}: no path parameter "${argument.name}"`,
        );
      }
      return [{ keyword: argument.keyword, value: param.value }];
    }
    case "body":
      return body === undefined ? [] : [{ keyword: argument.keyword, value: body }];
    case "bodyFields": {
      if (body === undefined) return [];
      const rename = argument.case === "camel" ? sdkCamelCase : snakeCase;
      const fields = Object.entries(body as Record<string, unknown>).map(
        ([name, value]) => [rename(name), value] as const,
      );
      // TypeScript SDKs take one options object; Python ones take keyword arguments.
      return sdk.language === "python"
        ? fields.map(([keyword, value]) => ({ keyword, value }))
        : [{ value: Object.fromEntries(fields) }];
    }
  }
}

function fill(
  line: string,
  vendor: VendorModel,
  credentials: Record<string, string>,
  sdk: OfficialSdk,
): string {
  return line
    .replaceAll("{baseUrl}", gatewayBaseUrl(vendor.name))
    .replace(/\{credential:(\w+)\}/g, (_, option: string) => {
      const value = credentials[option];
      if (value === undefined) throw new Error(`${sdk.label}: no credential option "${option}"`);
      return value;
    });
}
