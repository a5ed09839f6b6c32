// @ts-check
// Child process of per-file.js, so the harness's own imports do not count: imports the mock
// package, then runs `warmups` and then `runs` cycles of `startMockGateway({ port: 0 })`, the
// first `GET /__health` (status checked, body read) and `close()`, each timed part by part,
// and prints one JSON line. Usage: node per-file-child.js <runs> <warmups>
const [runs, warmups] = process.argv.slice(2, 4).map(Number);
if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(warmups) || warmups < 0) {
  throw new Error("usage: node per-file-child.js <runs ≥ 1> <warmups ≥ 0>");
}

const importStarted = performance.now();
const { startMockGateway } = await import("@switchboard/mock");
const importMs = performance.now() - importStarted;

/** One gateway's life as a test file sees it: started, asked once, closed. */
async function cycle() {
  const started = performance.now();
  const gateway = await startMockGateway({ port: 0 });
  const listening = performance.now();
  const response = await fetch(`${gateway.url}/__health`);
  const health = /** @type {{ specs?: unknown[] }} */ (await response.json());
  const answered = performance.now();
  await gateway.close();
  const closed = performance.now();
  if (response.status !== 200 || !Array.isArray(health.specs) || health.specs.length === 0) {
    throw new Error(`GET /__health answered ${response.status} with no specs`);
  }
  return {
    specs: health.specs.length,
    startMs: listening - started,
    healthMs: answered - listening,
    closeMs: closed - answered,
    totalMs: closed - started,
  };
}

const warm = [];
for (let index = 0; index < warmups; index += 1) warm.push(await cycle());
const measured = [];
for (let index = 0; index < runs; index += 1) measured.push(await cycle());
console.log(JSON.stringify({ importMs, warmups: warm, runs: measured }));
