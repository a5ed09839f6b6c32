import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import type { Config } from "@redocly/openapi-core";
import type { OpenApiDocument } from "./openapi-document.js";

/** The openapi-typescript output for one bundled document. */
export async function renderTypes(document: OpenApiDocument, config: Config): Promise<string> {
  const ast = await openapiTS(
    // openapiTS mutates its input while transforming; give it a copy.
    structuredClone(document) as never,
    // A default is what the server fills in when a field is left out: the field stays optional.
    // An object with no properties listed is free-form (`Record<string, unknown>`), not empty.
    { redocly: config, silent: true, defaultNonNullable: false, emptyObjectsUnknown: true },
  );
  return `${COMMENT_HEADER}${astToString(ast)}`;
}
