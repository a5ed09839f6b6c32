export { findWorkspaceConfig, loadWorkspace, type ApiTarget, type Workspace } from "./workspace.js";
export {
  findStaleFiles,
  generateVendorSources,
  generateWorkspace,
  writeGeneratedFiles,
  type GeneratedFile,
  type GeneratedVendor,
} from "./generate.js";
export { extractMetadata } from "./render-metadata.js";
export { removePackages, retiredVendorPackages } from "./retired-packages.js";
export { MOCK_GATEWAY_ORIGIN } from "./render-package.js";
export type { OpenApiDocument } from "./openapi-document.js";
