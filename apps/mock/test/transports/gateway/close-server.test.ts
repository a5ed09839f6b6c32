import { Agent, createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { closeServer } from "../../../src/transports/gateway/close-server.js";

/*
 * A real server whose handler answers only when the test releases it: "in flight" is a state
 * the test holds, never a duration.
 */
interface SlowServer {
  server: Server;
  port: number;
  /** Resolves once the handler holds a request. */
  entered: Promise<void>;
  release(): void;
}

const agents: Agent[] = [];
afterEach(() => {
  for (const agent of agents.splice(0)) agent.destroy();
});

/** Keep-alive, as browsers and fetch connect: a connection outlives its request. */
function keepAliveAgent(): Agent {
  const agent = new Agent({ keepAlive: true });
  agents.push(agent);
  return agent;
}

async function slowServer(): Promise<SlowServer> {
  let entered!: () => void;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const slow = {
    entered: new Promise<void>((resolve) => (entered = resolve)),
    release: () => release(),
  };
  const server = createServer((request, response) => {
    if (request.url === "/fast") return void response.end("fast");
    entered();
    void held.then(() => response.end("done"));
  });
  // Longer than any test: an idle connection left open would hold close() past the timeout.
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port, ...slow };
}

type Outcome = { status: number; body: string } | { error: string };

function request(port: number, path: string, agent: Agent): Promise<Outcome> {
  return new Promise((resolve) => {
    get({ host: "127.0.0.1", port, path, agent }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      response.on("error", (error: NodeJS.ErrnoException) =>
        resolve({ error: String(error.code) }),
      );
    }).on("error", (error: NodeJS.ErrnoException) => resolve({ error: String(error.code) }));
  });
}

describe("closeServer", () => {
  test.each<{ graceMs: number; outcome: Outcome; why: string }>([
    {
      graceMs: 10 * 60_000,
      outcome: { status: 200, body: "done" },
      why: "a request in flight finishes within the grace",
    },
    { graceMs: 0, outcome: { error: "ECONNRESET" }, why: "no grace: its connection is cut" },
  ])("graceMs $graceMs: $why, and the server closes", async ({ graceMs, outcome }) => {
    const { server, port, entered, release } = await slowServer();
    const answered = request(port, "/slow", keepAliveAgent());
    await entered;

    const closed = closeServer(server, graceMs);
    expect(server.listening).toBe(false);
    // With a grace, the handler answers while the server closes; without, only once it is cut.
    if (graceMs > 0) release();
    expect(await answered).toStrictEqual(outcome);
    release();
    await closed;
  });

  test("no new connection is accepted once closing", async () => {
    const { server, port, entered, release } = await slowServer();
    const answered = request(port, "/slow", keepAliveAgent());
    await entered;

    const closed = closeServer(server, 10 * 60_000);
    expect(await request(port, "/fast", keepAliveAgent())).toStrictEqual({
      error: "ECONNREFUSED",
    });
    release();
    await answered;
    await closed;
  });

  test("an idle keep-alive connection does not hold the close", async () => {
    const { server, port } = await slowServer();
    const agent = keepAliveAgent();
    expect(await request(port, "/fast", agent)).toStrictEqual({ status: 200, body: "fast" });
    expect(agent.freeSockets).not.toStrictEqual({});

    await closeServer(server, 10 * 60_000);
    expect(server.listening).toBe(false);
  });

  test("a server that is not listening: rejects as server.close does", async () => {
    const { server } = await slowServer();
    await closeServer(server, 0);
    await expect(closeServer(server, 0)).rejects.toMatchObject({
      code: "ERR_SERVER_NOT_RUNNING",
    });
  });
});
