import { parseArgs } from "node:util";
import type { MockGatewayOptions } from "./transports/gateway/start-gateway.js";
import { isOrigin } from "./transports/gateway/cors.js";
import { isParseArgsError, misusedOption, UsageError } from "./usage-error.js";

export { UsageError } from "./usage-error.js";

/** How long requests in flight get to finish on SIGINT or SIGTERM, unless --shutdown-timeout. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 5000;

/** The longest a Node timer waits; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export const USAGE = `Usage: switchboard-mock [options] [<spec file or folder>]

Serves every Switchboard vendor spec from one process, or your own OpenAPI specs.

Options:
  --specs <file|folder>     serve your own specs instead (or give them as the argument): a
                            .yaml, .yml or .json file is one vendor under /<file name>; a folder,
                            every such file in it
  --port <port>             port to listen on (default 4010, or MOCK_PORT); 0 picks a free one
  --host <host>             address to listen on (default 127.0.0.1); 0.0.0.0 or :: for all
                            interfaces (the URLs printed then name 127.0.0.1 or [::1])
  --docs <folder>           also serve a built docs site (apps/docs/dist) at /
  --cors-origin <origin>    allow only this browser origin (repeat it for several); by default
                            pages of any origin may call the gateway
  --no-cors                 send no CORS headers at all
  --retry-after-max <s>     send a documented Retry-After above <s> seconds as <s>
  --stateful                updates answer, and store, the resource they name after applying
                            the request, so a later request sees it (see /__admin/state)
  --no-fast-path            answer every request through Prism, never through the compiled fast
                            path (the answers are the same; for comparing and debugging)
  --proxy <vendor>=<url>    forward that vendor's requests to <url> instead of mocking them,
                            checking the request and the answer against the spec (repeatable)
  --har <file>              with --proxy: record the proxied exchanges, written as HAR 1.2 on exit
  --upstream-timeout <ms>   with --proxy: how long an upstream has to answer (default 30000),
                            else a 504
  --shutdown-timeout <ms>   on SIGINT or SIGTERM, how long requests in flight get to finish
                            (default ${DEFAULT_SHUTDOWN_TIMEOUT_MS}); a second signal stops at once
  -h, --help                print this and exit
  -v, --version             print the version and exit`;

/** The flags, as parseArgs reads them. */
export const CLI_OPTIONS = {
  specs: { type: "string" },
  port: { type: "string" },
  host: { type: "string", default: "127.0.0.1" },
  docs: { type: "string" },
  "cors-origin": { type: "string", multiple: true },
  "no-cors": { type: "boolean", default: false },
  "retry-after-max": { type: "string" },
  stateful: { type: "boolean", default: false },
  "no-fast-path": { type: "boolean", default: false },
  proxy: { type: "string", multiple: true },
  har: { type: "string" },
  "upstream-timeout": { type: "string" },
  "shutdown-timeout": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} as const;

/** What the command line asks for: the usage, the version, or a gateway to serve. */
export type CliCommand =
  | { action: "help" }
  | { action: "version" }
  | { action: "serve"; options: MockGatewayOptions; shutdownTimeoutMs: number };

/**
 * Reads the command line (and MOCK_PORT). Throws a UsageError naming the flag and its rule when
 * one is unknown, lacks its value or has a malformed one.
 */
export function parseCli(args: readonly string[], env: NodeJS.ProcessEnv): CliCommand {
  const { values, positionals } = readArgs(args);
  if (values.help) return { action: "help" };
  if (values.version) return { action: "version" };

  for (const [flag, value] of Object.entries(values)) {
    if (value === "") throw new UsageError(`--${flag} needs a value`);
  }
  const port =
    values.port === undefined && env.MOCK_PORT
      ? wholeNumber("MOCK_PORT", env.MOCK_PORT, 65535, "a whole number")
      : wholeNumber("--port", values.port ?? "4010", 65535, "a whole number");
  const origins = values["cors-origin"];
  if (origins && values["no-cors"]) {
    throw new UsageError("--cors-origin and --no-cors cannot go together");
  }
  for (const origin of origins ?? []) {
    if (!isOrigin(origin)) {
      throw new UsageError(
        `--cors-origin must be an origin (scheme://host[:port], nothing after it), got "${origin}"`,
      );
    }
  }
  const cors = values["no-cors"] ? false : { origins: origins ?? ("*" as const) };
  const specs = specsOf(values.specs, positionals);
  const retryAfterMax = values["retry-after-max"];
  const maxRetryAfterSeconds =
    retryAfterMax === undefined
      ? undefined
      : wholeNumber("--retry-after-max", retryAfterMax, Infinity, "a whole number of seconds");
  const proxy = proxyOf(values.proxy ?? []);
  if (proxy === undefined) {
    for (const flag of ["har", "upstream-timeout"] as const)
      if (values[flag] !== undefined) throw new UsageError(`--${flag} goes with --proxy`);
  }
  const upstreamTimeout = values["upstream-timeout"];
  const upstreamTimeoutMs =
    upstreamTimeout === undefined
      ? undefined
      : wholeNumber("--upstream-timeout", upstreamTimeout, MAX_TIMER_MS, "whole milliseconds");
  if (upstreamTimeoutMs === 0) throw new UsageError("--upstream-timeout must be above 0");
  const shutdownTimeout = values["shutdown-timeout"] ?? String(DEFAULT_SHUTDOWN_TIMEOUT_MS);
  return {
    action: "serve",
    options: {
      port,
      // `[::1]`, as URLs write it, is `::1` to listen on.
      host: values.host.replace(/^\[(.*)\]$/, "$1"),
      cors,
      ...(specs === undefined ? {} : { specs }),
      ...(values.docs === undefined ? {} : { docsDir: values.docs }),
      ...(maxRetryAfterSeconds === undefined ? {} : { maxRetryAfterSeconds }),
      ...(values.stateful ? { stateful: true } : {}),
      ...(values["no-fast-path"] ? { fastPath: false } : {}),
      ...(proxy === undefined ? {} : { proxy }),
      ...(values.har === undefined ? {} : { har: values.har }),
      ...(upstreamTimeoutMs === undefined ? {} : { upstreamTimeoutMs }),
    },
    shutdownTimeoutMs: wholeNumber(
      "--shutdown-timeout",
      shutdownTimeout,
      MAX_TIMER_MS,
      "whole milliseconds",
    ),
  };
}

function readArgs(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: CLI_OPTIONS, allowPositionals: true });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    throw (
      misusedOption(args, CLI_OPTIONS) ??
      new UsageError((error as Error).message.split("\n")[0] ?? "")
    );
  }
}

/** The specs to serve: --specs or the one argument (as `prism mock spec.yaml`), not both. */
function specsOf(flag: string | undefined, positionals: string[]): string | undefined {
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one spec file or folder at most, got ${positionals.length} arguments (${positionals.join(" ")}); to serve several specs, give their folder`,
    );
  }
  const [argument] = positionals;
  if (flag !== undefined && argument !== undefined) {
    throw new UsageError(`got --specs ${flag} and the argument ${argument}; give the specs once`);
  }
  return flag ?? argument;
}

/** `--proxy <vendor>=<url>` flags as the `proxy` option, or undefined when there are none. */
function proxyOf(flags: readonly string[]): Record<string, string> | undefined {
  if (flags.length === 0) return undefined;
  const proxy: Record<string, string> = {};
  for (const flag of flags) {
    const equals = flag.indexOf("=");
    const vendor = flag.slice(0, Math.max(equals, 0));
    const url = flag.slice(equals + 1);
    // The value is never echoed: the URL may carry credentials.
    if (equals <= 0 || !/^https?:\/\/[^/]/.test(url))
      throw new UsageError(
        `--proxy must be <vendor>=<http(s) URL>${equals <= 0 ? "" : ` (for ${vendor})`}`,
      );
    if (vendor in proxy) throw new UsageError(`--proxy names ${vendor} twice`);
    proxy[vendor] = url;
  }
  return proxy;
}

/** `text` as a whole number from 0 to `max`, or a UsageError naming `name` and the rule. */
function wholeNumber(name: string, text: string, max: number, what: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value > max) {
    const range = max === Infinity ? "(0 or more)" : `from 0 to ${max}`;
    throw new UsageError(`${name} must be ${what} ${range}, got "${text}"`);
  }
  return value;
}
