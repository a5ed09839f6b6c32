import type { HttpMethod } from "./spec/operations.js";

export type { HttpMethod };

/** What a client needs at run time from its spec; `tools/codegen` writes one per vendor package. */
export interface SpecMetadata {
  readonly title: string;
  readonly version: string;
  readonly servers: readonly ServerMetadata[];
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeMetadata>>;
  readonly operations: Readonly<Record<string, OperationMetadata>>;
}

export interface ServerMetadata {
  readonly url: string;
  readonly description?: string;
  readonly variables?: Readonly<Record<string, ServerVariableMetadata>>;
}

export interface ServerVariableMetadata {
  readonly default: string;
  readonly description?: string;
  readonly enum?: readonly string[];
}

export type SecuritySchemeMetadata =
  | { readonly type: "apiKey"; readonly in: "header"; readonly name: string }
  | { readonly type: "http"; readonly scheme: "basic" | "bearer" };

export interface OperationMetadata {
  readonly method: HttpMethod;
  readonly path: string;
  /** Names of the security schemes the operation requires. */
  readonly security: readonly string[];
  readonly requestBody?: RequestBodyMetadata;
}

export interface RequestBodyMetadata {
  readonly mediaType: string;
  readonly required: boolean;
  /** Per-property encodings of a form body (OpenAPI `encoding`), e.g. a JSON document in one field. */
  readonly encoding?: Readonly<Record<string, { readonly contentType: string }>>;
}
