import { createSwitchboardOver } from "./switchboard-core.js";
import type { ExactOptions, SwitchboardOptions } from "./switchboard-options.js";
import type { Switchboard } from "./switchboard-type.js";
import { vendors } from "./vendors.js";

/**
 * One object for every vendor's documented updates. Each request is validated against its
 * spec before sending, retried when a retry may succeed, bounded by a timeout, and reported as
 * one result shape; credentials never appear in errors or hook arguments.
 */
export function createSwitchboard<const Options extends SwitchboardOptions>(
  options: Options & ExactOptions<Options>,
): Switchboard<Options> {
  return createSwitchboardOver(vendors, options) as Switchboard<Options>;
}
