// @ts-check
// Where the gateway's time goes: the gateway runs under `node --cpu-prof` while every
// operation is loaded in turn; the .cpuprofile is summarised into self time by package and
// the top functions.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { load } from "./load.js";
import { wireRequest } from "./operations.js";
import { repoRoot, startGateway } from "./servers.js";

/** Where a profiled function lives: an npm package, a Switchboard file or Node itself. */
export function ownerOf(url, functionName) {
  if (functionName === "(garbage collector)") return "garbage collector";
  if (functionName === "(program)") return "(program: native, unattributed)";
  if (!url || url.startsWith("node:") || !url.includes("/")) return "node internals";
  const file = url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : url;
  const marker = "/node_modules/";
  const at = file.lastIndexOf(marker);
  if (at >= 0) {
    const [scopeOrName, name] = file.slice(at + marker.length).split("/");
    return scopeOrName.startsWith("@") ? `${scopeOrName}/${name}` : scopeOrName;
  }
  const relative = path.relative(repoRoot, file);
  return relative.startsWith("..") ? file : `switchboard:${relative.split(path.sep).join("/")}`;
}

/** A short location for a function: file below its package (or the repo), and line. */
function locationOf(url, lineNumber) {
  if (!url) return "";
  const file = url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : url;
  const at = file.lastIndexOf("/node_modules/");
  const short =
    at >= 0
      ? file.slice(at + "/node_modules/".length)
      : file.startsWith(repoRoot)
        ? path.relative(repoRoot, file)
        : file;
  return ` (${short}:${lineNumber + 1})`;
}

/**
 * Self time per profile node (the time delta before each sample goes to that sample's node),
 * grouped by owner and by function; `(idle)` is left out of the total. With `window` (in the
 * profile's own clock, microseconds), only samples taken inside it count.
 * @param {{ startTime: number, nodes: { id: number, callFrame: { functionName: string, url: string, lineNumber: number } }[], samples: number[], timeDeltas: number[] }} profile
 * @param {{ from: number, to: number }} [window]
 */
export function summarizeProfile(profile, window, top = 10) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const selfUs = new Map();
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    time += delta;
    if (window && (time < window.from || time > window.to)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  /** @type {Map<string, number>} */
  const byOwner = new Map();
  /** @type {Map<string, { name: string, owner: string, us: number }>} */
  const byFunction = new Map();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") continue;
    totalUs += us;
    const owner = ownerOf(frame.url, frame.functionName);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
    const name = `${frame.functionName || "(anonymous)"}${locationOf(frame.url, frame.lineNumber)}`;
    const key = `${owner} ${name}`;
    const entry = byFunction.get(key) ?? { name, owner, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }
  const share = (us) => (totalUs === 0 ? 0 : us / totalUs);
  return {
    totalMs: totalUs / 1000,
    owners: [...byOwner]
      .map(([owner, us]) => ({ owner, ms: us / 1000, share: share(us) }))
      .sort((a, b) => b.ms - a.ms),
    functions: [...byFunction.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map(({ name, owner, us }) => ({ name, owner, ms: us / 1000, share: share(us) })),
  };
}

/**
 * @param {{ operations: import("./operations.js").Operation[], connections: number, durationS: number, amount?: number }} settings
 */
export async function cpuProfile({ operations, connections, durationS, amount }) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "switchboard-bench-cpuprof-"));
  try {
    const gateway = await startGateway({ nodeArgs: ["--cpu-prof", "--cpu-prof-dir", dir] });
    let requests = 0;
    // V8's profile clock and process.hrtime are both the monotonic clock, in µs here.
    const nowUs = () => Number(process.hrtime.bigint() / 1000n);
    const window = { from: nowUs(), to: 0 };
    try {
      for (const operation of operations) {
        const result = await load({
          port: gateway.port,
          requests: [wireRequest(operation)],
          connections,
          durationS,
          ...(amount === undefined ? {} : { amount }),
        });
        requests += result.requests;
      }
      window.to = nowUs();
    } finally {
      // The profile is written when the gateway exits on SIGTERM (it closes, then exits 0).
      await gateway.stop();
    }
    const files = (await readdir(dir)).filter((file) => file.endsWith(".cpuprofile"));
    if (files.length !== 1) {
      throw new Error(`expected one .cpuprofile from the gateway, found ${files.length}`);
    }
    const profile = JSON.parse(await readFile(path.join(dir, files[0]), "utf8"));
    const underLoad = summarizeProfile(profile, window);
    // Should the clocks ever disagree, summarise the whole run (startup included) and say so.
    const summary = underLoad.totalMs > 0 ? underLoad : summarizeProfile(profile);
    return {
      connections,
      durationS,
      requests,
      startupExcluded: underLoad.totalMs > 0,
      ...summary,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
