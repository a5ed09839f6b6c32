/** The gateway's CLI run as a child process, so a test can read everything it prints. */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { REPO_ROOT } from "@switchboard/test-support";

export const GATEWAY_CLI = path.join(REPO_ROOT, "apps/mock/dist/cli.js");

export interface GatewayProcess {
  url: string;
  /** Stops it and resolves to everything it printed, stdout then stderr. */
  stop(): Promise<{ stdout: string; stderr: string }>;
}

/** Starts `switchboard-mock --port 0` and resolves once it prints its URL. */
export async function startGatewayProcess(cli = GATEWAY_CLI): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [cli, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => (output.stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output.stderr += chunk.toString("utf8")));
  const url = await printedUrl(child, output);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await once(child, "exit");
      }
      return output;
    },
  };
}

function printedUrl(child: ChildProcess, output: { stdout: string; stderr: string }) {
  return new Promise<string>((resolve, reject) => {
    const onData = () => {
      const url = /gateway on (http:\/\/\S+)/.exec(output.stdout)?.[1];
      if (url === undefined) return;
      child.stdout?.off("data", onData);
      resolve(url);
    };
    child.stdout?.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`switchboard-mock exited (${code}) before it listened: ${output.stderr}`)),
    );
  });
}
