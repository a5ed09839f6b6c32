import { banner } from "./banner.js";
import { parseCli, USAGE, UsageError, type CliCommand } from "./cli-options.js";
import { exitOnSignals } from "./exit-on-signals.js";
import { specFiles } from "./vendors/load-vendors.js";
import { GATEWAY_VERSION } from "./version.js";

/** A usage error: one line naming what is wrong, status 2. */
function usageFailure(message: string): never {
  console.error(`switchboard-mock: ${message}; see --help`);
  process.exit(2);
}

let command: CliCommand;
try {
  command = parseCli(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  usageFailure(error.message);
}
if (command.action === "help") {
  console.log(USAGE);
  process.exit(0);
}
if (command.action === "version") {
  console.log(GATEWAY_VERSION);
  process.exit(0);
}
const { options, shutdownTimeoutMs } = command;
const { port, host = "127.0.0.1", specs } = options;

// A path naming no specs is the command line's mistake, told as such before anything starts.
if (specs !== undefined)
  await specFiles(specs).catch((error: Error) => usageFailure(error.message));

// Imported only now: the engine and Prism take most of a second to load, which --help,
// --version and a usage error need not wait for.
const { startMockGateway } = await import("./transports/gateway/start-gateway.js");
const gateway = await startMockGateway(options).catch((error: NodeJS.ErrnoException) => {
  console.error(`switchboard-mock: ${startupFailure(error)}`);
  return process.exit(1);
});
console.log(banner(gateway, host));
exitOnSignals(process, {
  stop: () => gateway.close({ graceMs: shutdownTimeoutMs }),
  exit: (code) => process.exit(code),
  say: (line) => console.log(line),
  warn: (line) => console.error(line),
});

/** Why the gateway did not start, in one line: the listening errors said in our words. */
function startupFailure({ code, message }: NodeJS.ErrnoException): string {
  switch (code) {
    case "EADDRINUSE":
      return `port ${port} on ${host} is already in use; stop what holds it or pass --port`;
    case "EACCES":
      return `not allowed to listen on port ${port}; pick a port above 1023`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `--host ${host} is no address or name this machine resolves`;
    case "EADDRNOTAVAIL":
      return `--host ${host} is not an address of this machine`;
    default:
      return message;
  }
}
