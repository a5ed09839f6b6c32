import type {
  OperationMetadata,
  SecuritySchemeMetadata,
  SpecMetadata,
} from "@switchboard/client-runtime";
import { specOperations } from "@switchboard/client-runtime/spec";
import type { OpenApiDocument } from "./openapi-document.js";
import { GENERATED_BANNER } from "./banner.js";

/** The runtime facts a client needs from its spec (servers, auth, operations, body encodings). */
export function extractMetadata(document: OpenApiDocument): SpecMetadata {
  const operations: Record<string, OperationMetadata> = {};
  for (const { operationId, method, path, operation } of specOperations(document)) {
    operations[operationId] = {
      method,
      path,
      security: Object.keys(
        ((operation as RawOperation).security ?? document.security ?? [])[0] ?? {},
      ),
      ...requestBodyMetadata(operation as RawOperation),
    };
  }
  return {
    title: document.info.title,
    version: document.info.version,
    servers: (document.servers ?? []).map(({ url, description, variables }) => ({
      url,
      ...(description ? { description } : {}),
      ...(variables ? { variables } : {}),
    })),
    securitySchemes: Object.fromEntries(
      Object.entries(document.components?.securitySchemes ?? {}).map(([name, scheme]) => [
        name,
        securitySchemeMetadata(name, scheme),
      ]),
    ),
    operations,
  };
}

/** `metadata.ts` for one spec: the extracted metadata as a typed constant. */
export function renderMetadata(document: OpenApiDocument): string {
  const json = JSON.stringify(extractMetadata(document), null, 2);
  return [
    GENERATED_BANNER,
    `import type { SpecMetadata } from "@switchboard/client-runtime";`,
    "",
    `export const metadata = ${json} as const satisfies SpecMetadata;`,
    "",
  ].join("\n");
}

interface RawOperation {
  operationId?: string;
  security?: Record<string, string[]>[];
  requestBody?: {
    required?: boolean;
    content?: Record<string, { encoding?: Record<string, { contentType?: string }> }>;
  };
}

function requestBodyMetadata(operation: RawOperation): Pick<OperationMetadata, "requestBody"> {
  const content = operation.requestBody?.content;
  if (!content) return {};
  const mediaTypes = Object.keys(content);
  const [mediaType] = mediaTypes;
  if (mediaType === undefined || mediaTypes.length > 1) {
    // Several media types would need the caller to choose one; no vendor here offers that.
    throw new Error(
      `${operation.operationId}: expected exactly one request media type, got ${mediaTypes.length}`,
    );
  }
  const encoding = Object.fromEntries(
    Object.entries(content[mediaType]?.encoding ?? {}).flatMap(([property, { contentType }]) =>
      contentType ? [[property, { contentType }]] : [],
    ),
  );
  return {
    requestBody: {
      mediaType,
      required: operation.requestBody?.required ?? false,
      ...(Object.keys(encoding).length > 0 ? { encoding } : {}),
    },
  };
}

function securitySchemeMetadata(
  name: string,
  scheme: Record<string, unknown>,
): SecuritySchemeMetadata {
  if (scheme.type === "apiKey" && scheme.in === "header" && typeof scheme.name === "string") {
    return { type: "apiKey", in: "header", name: scheme.name };
  }
  if (scheme.type === "http" && (scheme.scheme === "basic" || scheme.scheme === "bearer")) {
    return { type: "http", scheme: scheme.scheme };
  }
  throw new Error(
    `security scheme "${name}": only header API keys and HTTP basic/bearer are supported`,
  );
}
