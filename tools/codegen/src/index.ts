export { loadWorkspace, type ApiTarget, type Workspace } from "./targets.js";
export {
  generateApi,
  findStaleFiles,
  writeGeneratedFiles,
  type GeneratedFile,
} from "./generate.js";
export { extractMetadata } from "./render-metadata.js";
export { HTTP_METHODS, type OpenApiDocument } from "./openapi-document.js";
