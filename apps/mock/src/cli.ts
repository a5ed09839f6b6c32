import { parseArgs } from "node:util";
import { startMockGateway } from "./transports/gateway/start-gateway.js";

const USAGE = `Usage: switchboard-mock [--port 4010] [--host 127.0.0.1] [--docs <folder>]

Serves every Switchboard vendor spec from one process. The port also comes from MOCK_PORT;
0 picks a free one. --docs serves a built docs site (apps/docs/dist) at the root.`;

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string", default: "127.0.0.1" },
    docs: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const portText = values.port ?? process.env.MOCK_PORT ?? "4010";
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) {
  console.error(
    `switchboard-mock: --port must be a whole number from 0 to 65535, got "${portText}"`,
  );
  process.exit(2);
}

try {
  const gateway = await startMockGateway({
    port,
    host: values.host,
    ...(values.docs === undefined ? {} : { docsDir: values.docs }),
  });
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
      `switchboard-mock: port ${port} on ${values.host} is already in use; stop what holds it or pass --port`,
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
