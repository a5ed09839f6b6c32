import type { createInstance } from "@stoplight/prism-http";

type PrismLogger = Parameters<typeof createInstance>[1]["logger"];

const noop = () => undefined;

/** Prism logs every request (with its own `success` and `start` levels); the gateway keeps quiet. */
export const silentLogger: PrismLogger = {
  trace: noop,
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  fatal: noop,
  success: noop,
  start: noop,
  child: () => silentLogger,
} as unknown as PrismLogger;
