export {
  createWatsonxOrchestrateClient,
  type WatsonxOrchestrateClient,
  type WatsonxOrchestrateClientOptions,
} from "./client.js";
export type { components, operations, paths } from "./generated/schema.js";
export { metadata } from "./generated/metadata.js";
export { requestValidators } from "./generated/validators.js";
