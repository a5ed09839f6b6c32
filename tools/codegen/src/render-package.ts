import {
  documentedRequest,
  placeholderCredentials,
  snakeCase,
  specOperations,
  type VendorManifest,
} from "@switchboard/client-runtime/spec";
import type { OpenApiDocument } from "./openapi-document.js";
import { VENDOR_README_MARK } from "./retired-packages.js";
import { bullet, listOf, paragraph, theApi } from "./prose.js";

/** Where the mock gateway serves every vendor, as the READMEs' runnable examples call it. */
export const MOCK_GATEWAY_ORIGIN = "http://127.0.0.1:4010";

const REPOSITORY = "https://github.com/switchboard-dev/switchboard";

/** `package.json` of a vendor package; `version` is the one changesets keeps in the file. */
export function renderPackageJson(vendor: VendorManifest, version: string): string {
  const json = {
    name: vendor.packageName,
    version,
    description: `Typed client for ${theApi(vendor.title)}, generated from ${vendor.spec} (openapi-typescript types + openapi-fetch)`,
    keywords: ["switchboard", "openapi", "typescript", "openapi-fetch", "api-client", vendor.name],
    homepage: `${REPOSITORY}/tree/main/${vendor.packageDir}#readme`,
    license: "MIT",
    repository: { type: "git", url: `git+${REPOSITORY}.git`, directory: vendor.packageDir },
    type: "module",
    sideEffects: false,
    engines: { node: ">=20.0.0" },
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      // Apart from the index, so a consumer that never checks responses never bundles them.
      "./response-validators": {
        types: "./dist/generated/response-validators.d.ts",
        default: "./dist/generated/response-validators.js",
      },
      "./openapi.json": "./src/generated/openapi.json",
      "./package.json": "./package.json",
    },
    files: ["dist", "src"],
    publishConfig: { access: "public" },
    scripts: {
      build: "tsc -p tsconfig.build.json",
      typecheck: "tsc --noEmit",
      lint: "eslint .",
      "lint:package": "publint --strict --pack pnpm && attw --pack . --profile esm-only",
    },
    dependencies: {
      "@switchboard/client-runtime": "workspace:^",
      "openapi-fetch": "catalog:",
    },
    devDependencies: { typescript: "catalog:" },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The package's tsconfig files: the shared settings, and no Node types (clients run anywhere). */
export const TSCONFIG = `{ "extends": "../../tsconfig.base.json", "compilerOptions": { "types": [] } }\n`;
export const TSCONFIG_BUILD = `{ "extends": ["./tsconfig.json", "../../tsconfig.build.json"] }\n`;

/** `README.md` of a vendor package: install, a runnable example, options and operations. */
export function renderReadme(vendor: VendorManifest, document: OpenApiDocument): string {
  const { auth, clientFactory, packageName, serverVariables, title } = vendor;
  const variable = vendor.key;
  const serverUrl = document.servers?.[0]?.url ?? "";
  const placeholders = placeholderCredentials(auth);
  const credentialLines = Object.entries(placeholders).map(
    ([option, placeholder]) =>
      `  ${option}: process.env.${snakeCase(`${vendor.name}_${option}`).toUpperCase()} ?? ${JSON.stringify(placeholder)},`,
  );
  const example = exampleCall(vendor, document, variable);
  const optionNames = [
    ...Object.keys(placeholders),
    ...serverVariables.map((v) => v.option),
    "baseUrl",
  ].map((name) => `\`${name}\``);
  const serverNote =
    serverVariables.length > 0
      ? `Leave \`baseUrl\` out to call the real API at \`${serverUrl}\`, its variables filled from ${listOf(serverVariables.map((v) => `\`${v.option}\``))}:`
      : `Leave \`baseUrl\` out to call the real API at \`${serverUrl}\`.`;
  const variableList = serverVariables.map((v) =>
    bullet(
      `\`${v.option}\` (\`{${v.name}}\`, default \`${v.default}\`)${v.description === undefined ? "" : `: ${v.description}`}`,
    ),
  );
  return `# ${packageName}

${VENDOR_README_MARK}${vendor.spec}. Do not edit by hand: run \`pnpm generate\`. -->

${paragraph(
  `A typed client for ${theApi(title)}, generated from Switchboard's curated OpenAPI 3.1 spec (\`${vendor.spec}\`): the spec's openapi-typescript types over an openapi-fetch client, with the documented server as the default \`baseUrl\` and the spec's \`${auth.scheme}\` credential built in. Every method takes the operation's exact options type, so a misspelt body field is a compile error.`,
)}

\`\`\`sh
npm install ${packageName}
\`\`\`

ESM only, for Node 20 or later or any runtime with \`fetch\`. CommonJS code can \`require()\` it
on Node 20.19 or later.

## Example

${paragraph(
  `This runs as it is against Switchboard's mock gateway (\`npx switchboard-mock\`, from \`@switchboard/mock\`). ${serverNote}`,
)}
${variableList.length > 0 ? `\n${variableList.join("\n")}\n` : ""}
\`\`\`ts
import { ${clientFactory} } from "${packageName}";

const ${variable} = ${clientFactory}({
${credentialLines.join("\n")}
  baseUrl: "${MOCK_GATEWAY_ORIGIN}/${vendor.name}",
});

${example}
\`\`\`

${paragraph(
  `Besides ${listOf(optionNames)}, the factory takes openapi-fetch's options (\`fetch\`, \`headers\`, ...), except the body and path serializers, which come from the spec.`,
)}

| operation | request |
| --------- | ------- |
${vendor.operations.map(({ operationId, method, path }) => `| \`${operationId}\` | \`${method.toUpperCase()} ${path}\` |`).join("\n")}

${paragraph(
  `The package also exports the spec's \`paths\`, \`components\` and \`operations\` types, its \`metadata\`, and \`requestValidators\` (one compiled JSON Schema validator per operation). Its subpath \`${packageName}/response-validators\` exports \`responseValidators\`: per operation, a validator of the JSON body of each documented success response, kept apart so that only code that checks responses loads them. For validation before sending, retries, timeouts and one result shape across vendors, use \`@switchboard/sdk\`.`,
)}

## The spec

The bundled OpenAPI document the client was generated from ships with it (import attributes
need Node 20.10 or later; \`require()\` works too):

\`\`\`ts
import spec from "${packageName}/openapi.json" with { type: "json" };
\`\`\`
`;
}

/** A call of the first operation with the request its spec documents. */
function exampleCall(vendor: VendorManifest, document: OpenApiDocument, variable: string): string {
  const [operation] = specOperations(document);
  if (operation === undefined) return "";
  const request = documentedRequest(document, operation);
  const params = Object.fromEntries(
    (["path", "query", "header"] as const)
      .filter((group) => Object.keys(request[group]).length > 0)
      .map((group) => [group, request[group]]),
  );
  const init = {
    ...(Object.keys(params).length > 0 ? { params } : {}),
    ...(request.body === undefined ? {} : { body: request.body.example.value }),
  };
  const args = [
    JSON.stringify(operation.path),
    ...(Object.keys(init).length > 0 ? [JSON.stringify(init)] : []),
  ];
  return [
    `const { data, error, response } = await ${variable}.${operation.method.toUpperCase()}(${args.join(", ")});`,
    `if (error) console.error(response.status, error);`,
    `else console.log(data);`,
  ].join("\n");
}
