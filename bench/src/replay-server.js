// @ts-check
// A bare node:http server answering recorded responses byte for byte: the physical limit of
// an HTTP/1.1 mock on this machine. Usage: node replay-server.js <responses.json> <port>
// where responses.json maps "METHOD /path?query" to { status, headers, body (base64) }.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, portText] = process.argv.slice(2);
if (!file || !portText) throw new Error("usage: replay-server.js <responses.json> <port>");
/** @type {Record<string, { status: number, headers: Record<string, string | string[]>, body: string }>} */
const recorded = JSON.parse(readFileSync(file, "utf8"));
const answers = new Map(
  Object.entries(recorded).map(([key, { status, headers, body }]) => [
    key,
    { status, headers, body: Buffer.from(body, "base64") },
  ]),
);

const server = createServer((request, response) => {
  const answer = answers.get(`${request.method} ${request.url}`);
  request.resume();
  request.on("end", () => {
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(answer.status, answer.headers).end(answer.body);
  });
});
server.listen(Number(portText), "127.0.0.1");
process.once("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
