import type { VendorManifest } from "@switchboard/client-runtime/spec";
import { GENERATED_BANNER } from "./banner.js";
import { theApi, wrapWords } from "./prose.js";

/** `src/client.ts`: the vendor's options type and `create<Vendor>Client`, from its manifest entry. */
export function renderClient(vendor: VendorManifest, serverUrl: string): string {
  const { auth, clientFactory, serverVariables, title, typeName } = vendor;
  const credentialOptions =
    auth.kind === "basic"
      ? [
          option(
            auth.options.username ?? "username",
            `The user name of HTTP basic auth (\`${auth.scheme}\`).`,
          ),
          option(auth.options.secret, `The password of HTTP basic auth (\`${auth.scheme}\`).`),
        ]
      : [
          option(
            auth.options.secret,
            auth.kind === "apiKey"
              ? `Sent in the \`${auth.header}\` header.`
              : "Sent as `Authorization: Bearer <token>`.",
          ),
        ];
  const variableOptions = serverVariables.map((variable) =>
    option(
      variable.option,
      `${variable.description ?? `The \`${variable.name}\` of the server URL.`} Fills \`{${variable.name}}\` in \`${serverUrl}\` (default \`${variable.default}\`); ignored when \`baseUrl\` is given.`,
      variable.enum ? variable.enum.map((value) => JSON.stringify(value)).join(" | ") : "string",
      true,
    ),
  );
  const baseUrlDoc =
    serverVariables.length > 0
      ? "The full base URL; overrides the server variables."
      : `Defaults to the spec's server, \`${serverUrl}\`.`;
  const names = [
    ...(auth.kind === "basic" ? [auth.options.username ?? "username"] : []),
    auth.options.secret,
    ...serverVariables.map((variable) => variable.option),
  ];
  const credential =
    auth.kind === "basic"
      ? `{ ${property("username", auth.options.username ?? "username")}, ${property("password", auth.options.secret)} }`
      : auth.options.secret;
  const variables =
    serverVariables.length === 0
      ? ""
      : `, { ${serverVariables.map(({ name, option }) => (name === option ? name : `${JSON.stringify(name)}: ${option}`)).join(", ")} }`;
  const optionNames = [
    `secret: ${JSON.stringify(auth.options.secret)}`,
    ...(auth.kind === "basic"
      ? [`username: ${JSON.stringify(auth.options.username ?? "username")}`]
      : []),
  ].join(", ");
  return `${GENERATED_BANNER}
import {
  chooseBaseUrl,
  createSpecClient,
  resolveServerUrl,
  type SpecClientOptions,
} from "@switchboard/client-runtime";
import { metadata } from "./generated/metadata.js";
import type { paths } from "./generated/schema.js";

export interface ${typeName}ClientOptions extends Omit<SpecClientOptions, "baseUrl"> {
${[...credentialOptions, ...variableOptions, option("baseUrl", baseUrlDoc, "string", true)].join("\n")}
}

${docComment(`A typed openapi-fetch client for ${theApi(title)}, encoding and authenticating requests as its spec says.`)}
export function ${clientFactory}({ ${names.join(", ")}, ...options }: ${typeName}ClientOptions) {
  return createSpecClient<paths, typeof metadata>(
    metadata,
    {
      ...options,
      baseUrl: chooseBaseUrl(options, ${JSON.stringify(clientFactory + ": options.baseUrl")}, () =>
        resolveServerUrl(metadata.servers[0]${variables}),
      ),
    },
    {
      clientName: ${JSON.stringify(clientFactory)},
      scheme: ${JSON.stringify(auth.scheme)},
      credential: ${credential},
      options: { ${optionNames} },
    },
  );
}

export type ${typeName}Client = ReturnType<typeof ${clientFactory}>;
`;
}

/** `src/index.ts`: the package's public API. */
export function renderIndex(vendor: VendorManifest): string {
  const { clientFactory, typeName } = vendor;
  return `${GENERATED_BANNER}
export {
  ${clientFactory},
  type ${typeName}Client,
  type ${typeName}ClientOptions,
} from "./client.js";
export type { components, operations, paths } from "./generated/schema.js";
export { metadata } from "./generated/metadata.js";
export { requestValidators } from "./generated/validators.js";
`;
}

function option(name: string, doc: string, type = "string", optional = false): string {
  return `${docComment(doc, "  ")}\n  ${name}${optional ? "?" : ""}: ${type};`;
}

/** A JSDoc comment, on one line when it fits in 100 columns, else wrapped word by word. */
export function docComment(text: string, indent = ""): string {
  const escaped = text.replaceAll("*/", "*\\/");
  const [oneLine = "", ...more] = wrapWords(`/** ${escaped} */`, indent);
  if (more.length === 0) return oneLine;
  return [`${indent}/**`, ...wrapWords(escaped, `${indent} * `), `${indent} */`].join("\n");
}

/** `name: value`, or the shorthand `name` when they are the same. */
function property(name: string, value: string): string {
  return name === value ? name : `${name}: ${value}`;
}
