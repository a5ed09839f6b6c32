import { parseCli, USAGE } from "./cli-options.js";
import { startMockGateway } from "./transports/gateway/start-gateway.js";

let request: ReturnType<typeof parseCli>;
try {
  request = parseCli(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`switchboard-mock: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (request.help) {
  console.log(USAGE);
  process.exit(0);
}
const { options } = request;
const { port, host } = options;

try {
  const gateway = await startMockGateway(options);
  const lines = Object.entries(gateway.vendors).map(
    ([prefix, url]) => `  ${prefix.padEnd(22)} ${url}`,
  );
  console.log(
    [
      `Switchboard mock gateway on ${gateway.url}`,
      ...(gateway.docs ? [`  ${"docs".padEnd(22)} ${gateway.docs}`] : []),
      ...lines,
      `  ${"health".padEnd(22)} ${gateway.url}/__health`,
      `  ${"journal".padEnd(22)} ${gateway.url}/__journal`,
      "Ctrl-C stops it.",
    ].join("\n"),
  );
  const stop = () => {
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === "EADDRINUSE") {
    console.error(
      `switchboard-mock: port ${port} on ${host} is already in use; stop what holds it or pass --port`,
    );
  } else if (code === "EACCES") {
    console.error(
      `switchboard-mock: not allowed to listen on port ${port}; pick a port above 1023`,
    );
  } else {
    console.error(`switchboard-mock: ${message}`);
  }
  process.exit(1);
}
