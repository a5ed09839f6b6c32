export { createSyllableClient, type SyllableClient, type SyllableClientOptions } from "./client.js";
export type { components, operations, paths } from "./generated/schema.js";
export { metadata } from "./generated/metadata.js";
export { requestValidators } from "./generated/validators.js";
