// @ts-check
// One bounded autocannon load against a loopback server.
import autocannon from "autocannon";

/**
 * @typedef {{ rps: number, p50: number, p99: number, requests: number, errors: number, durationS: number }} LoadResult
 */

/**
 * Loads `127.0.0.1:port` with `requests` (cycled per connection) for `durationS` seconds, or for
 * `amount` requests when given (the smoke run); as fast as the server answers, or at no more
 * than `rate` requests per second over all connections when given. Errors count transport
 * errors, timeouts and every non-2xx answer.
 * @param {{ port: number, requests: object[], connections: number, durationS: number, amount?: number, rate?: number }} options
 * @returns {Promise<LoadResult>}
 */
export async function load({ port, requests, connections, durationS, amount, rate }) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: durationS,
    ...(rate === undefined ? {} : { overallRate: rate }),
    // A request-bounded (smoke) load samples often, so it ends as soon as its requests are done.
    ...(amount === undefined ? {} : { amount, sampleInt: 50 }),
    timeout: 10,
    requests,
  });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    durationS: result.duration,
  };
}
