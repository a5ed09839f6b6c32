import { prismHttp } from "../prism/load-prism.js";
import { createPrismInstance } from "../prism/prism-instance.js";
import type { VendorSource } from "../types.js";
import type { Vendor } from "./vendor.js";
import { acceptDecodedForms, jsonFormFieldsOf, type MediaTypes } from "./check/json-forms.js";
import { parameterNamesOf } from "./check/parameter-names.js";
import { compileRoute } from "./route.js";
import { vendorWiring } from "./vendor-wiring.js";

/** The parts of an OpenAPI document read here. */
interface OpenApiDocument {
  paths?: Record<string, Record<string, { requestBody?: { content?: MediaTypes } } | undefined>>;
}

/** Reads a vendor's spec once, at startup, into what every request to it needs. */
export async function prepareVendor(source: VendorSource): Promise<Vendor> {
  const { document, ...described } = source;
  const operations = await prismHttp.getHttpOperationsFromSpec(structuredClone(document) as object);
  const requestBodies = requestBodiesOf(document as OpenApiDocument);
  const jsonFormFields = jsonFormFieldsOf(requestBodies);
  if (jsonFormFields.size > 0) acceptDecodedForms(operations);
  return {
    ...described,
    ...vendorWiring(source),
    operations,
    requestMediaTypes: new Set(requestBodies.flatMap((body) => Object.keys(body))),
    jsonFormFields,
    routes: operations.map(compileRoute),
    parameterNames: parameterNamesOf(operations),
    prism: createPrismInstance(),
  };
}

function requestBodiesOf(document: OpenApiDocument): MediaTypes[] {
  return Object.values(document.paths ?? {}).flatMap((pathItem) =>
    Object.values(pathItem).flatMap((operation) => operation?.requestBody?.content ?? []),
  );
}
