/**
 * A throwaway HTTP server on 127.0.0.1 standing in for a vendor (or for the host a vendor
 * redirects to): it records every request it receives, so a test can assert what reached it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

export interface LocalServer {
  /** `http://127.0.0.1:<port>`: each server is an origin of its own. */
  readonly origin: string;
  readonly received: ReceivedRequest[];
  close(): Promise<void>;
}

export type Answer = (request: ReceivedRequest, response: ServerResponse) => void;

export async function startLocalServer(answer: Answer): Promise<LocalServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const seen = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(seen);
      answer(seen, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers JSON with `status` and optional headers. */
export function json(response: ServerResponse, status: number, body: unknown, headers = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}
