import { parseArgs } from "node:util";
import type { MockGatewayOptions } from "./transports/gateway/start-gateway.js";
import { isOrigin } from "./transports/gateway/cors.js";

export const USAGE = `Usage: switchboard-mock [--port 4010] [--host 127.0.0.1] [--docs <folder>]
                        [--cors-origin <origin>]... [--no-cors]

Serves every Switchboard vendor spec from one process. The port also comes from MOCK_PORT;
0 picks a free one. --docs serves a built docs site (apps/docs/dist) at the root.
Browser pages of any origin may call it (CORS), unless --cors-origin names the only origins
allowed (repeat it for several) or --no-cors turns CORS off.`;

/** What the command line asks for: the gateway's options, or the usage. */
export type CliRequest = { help: true } | { help: false; options: MockGatewayOptions };

/**
 * Reads the command line (and MOCK_PORT). Throws an Error naming the option and its rule when
 * one is malformed.
 */
export function parseCli(args: readonly string[], env: NodeJS.ProcessEnv): CliRequest {
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: "string" },
      host: { type: "string", default: "127.0.0.1" },
      docs: { type: "string" },
      "cors-origin": { type: "string", multiple: true },
      "no-cors": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return { help: true };

  const portText = values.port ?? env.MOCK_PORT ?? "4010";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${portText}"`);
  }
  const origins = values["cors-origin"];
  if (origins && values["no-cors"]) {
    throw new Error("--cors-origin and --no-cors cannot go together");
  }
  for (const origin of origins ?? []) {
    if (!isOrigin(origin)) {
      throw new Error(
        `--cors-origin must be an origin (scheme://host[:port], nothing after it), got "${origin}"`,
      );
    }
  }
  const cors = values["no-cors"] ? false : { origins: origins ?? ("*" as const) };
  return {
    help: false,
    options: {
      port,
      host: values.host,
      cors,
      ...(values.docs === undefined ? {} : { docsDir: values.docs }),
    },
  };
}
