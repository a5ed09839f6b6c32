import type { Server } from "node:http";

/**
 * How often idle connections are closed while requests in flight finish: Node keeps a
 * keep-alive connection open after its response even once the server is closing (for
 * `keepAliveTimeout`, 5 s and more), which would hold `close()` for no request at all.
 */
const SWEEP_MS = 50;

/**
 * Stops a server gracefully: no new connections, idle keep-alive connections closed at once and
 * each busy one as soon as its response is sent, requests still in flight after `graceMs` cut.
 * Resolves when the server has closed (rejects as `server.close` does: it was not listening).
 */
export function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // Unref'd: the timers alone never keep the process alive.
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs).unref();
    const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS).unref();
    server.close((error) => {
      clearTimeout(deadline);
      clearInterval(sweep);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
