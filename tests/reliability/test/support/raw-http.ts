/** HTTP written by hand on a socket: what no HTTP client will send. */
import net from "node:net";

/** Sends `text` as is and resolves to the status line of the answer (or "" when none came). */
export function sendRawText(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    let answer = "";
    const socket = net.connect(Number(port), hostname, () => socket.write(text));
    socket.on("data", (chunk: Buffer) => {
      answer += chunk.toString("latin1");
      if (answer.includes("\r\n")) socket.destroy();
    });
    socket.on("close", () => resolve(answer.split("\r\n", 1)[0] ?? ""));
    socket.on("error", reject);
  });
}

/**
 * Starts a request whose headers promise a larger body than is sent, writes part of it, then
 * hangs up: a client that disconnects mid-body.
 */
export function abortMidBody(url: string, target: string, partialBody: string): Promise<void> {
  const { hostname, port } = new URL(url);
  const head = [
    `PUT ${target} HTTP/1.1`,
    `Host: ${hostname}`,
    "Content-Type: application/json",
    `Content-Length: ${Buffer.byteLength(partialBody) * 10}`,
  ].join("\r\n");
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`${head}\r\n\r\n${partialBody}`, () => {
        // A moment for the gateway to start reading the body before the client goes.
        setTimeout(() => socket.destroy(), 50);
      });
    });
    socket.on("close", () => resolve());
    socket.on("error", reject);
  });
}
