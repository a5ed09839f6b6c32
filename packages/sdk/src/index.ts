export { createSwitchboard } from "./create-switchboard.js";
export type {
  CallOptions,
  ExactOptions,
  SwitchboardOptions,
  VendorsOptions,
} from "./switchboard-options.js";
export type {
  ConfiguredOperationName,
  ConfiguredVendor,
  Switchboard,
  VendorSection,
} from "./switchboard-type.js";
export type { RequestEvent, ResponseEvent, SwitchboardHooks } from "./hooks.js";
export type {
  OperationId,
  OperationName,
  UpdateBody,
  UpdateData,
  UpdateInput,
} from "./operation-types.js";
export type { RetryOptions } from "./retry.js";
export {
  UpdateError,
  type UpdateErrorDetails,
  type UpdateErrorKind,
  type UpdateIssue,
} from "./update-error.js";
export type { UpdateFailure, UpdateResult, UpdateSuccess } from "./update-result.js";
export type { VendorKey, VendorOptions } from "./vendors.js";
