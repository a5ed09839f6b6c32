import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import type { Config } from "@redocly/openapi-core";
import type { OpenApiDocument } from "./openapi-document.js";

/** The openapi-typescript output for one bundled document, exactly as its CLI would write it. */
export async function renderTypes(document: OpenApiDocument, config: Config): Promise<string> {
  // openapiTS mutates its input while transforming; give it a copy.
  const ast = await openapiTS(structuredClone(document) as never, { redocly: config, silent: true });
  return `${COMMENT_HEADER}${astToString(ast)}`;
}
