import type { Change } from "../change.js";
import type { OpenApiDocument } from "../openapi.js";

/** A focused rule: the breaking changes of one kind between a base and a head document. */
export type Rule = (base: OpenApiDocument, head: OpenApiDocument) => Change[];
