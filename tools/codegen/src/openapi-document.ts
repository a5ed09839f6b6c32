import type { SpecMetadata } from "@switchboard/client-runtime";

/** The parts of an OpenAPI 3.1 document that codegen reads; the rest passes through untouched. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  servers?: SpecMetadata["servers"];
  paths?: Record<string, Record<string, unknown>>;
  components?: {
    securitySchemes?: Record<string, Record<string, unknown>>;
    [section: string]: unknown;
  };
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}
