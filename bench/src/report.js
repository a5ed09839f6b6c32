// @ts-check
// Renders BENCHMARKS.md from the results of one run. Every figure comes from that run.
import { DIFFERENTIAL_TEST } from "./differential.js";
import { formatNumber, formatRatio, formatSummary, summarize } from "./stats.js";

/** Issue 20's targets for the gateway and the facade, and the pipeline's. */
export const TARGETS = {
  gatewayOverPrism: 3,
  gatewayP99Ms: 5,
  gatewayStartupMs: 1000,
  facadeOverBare: 0.8,
  /** The share of the fixed rate both gateways must reach for their RSS to be compared. */
  rateSustained: 0.9,
  pipelineColdMs: 30_000,
  pipelineWarmMs: 2000,
};

const met = (ok) => (ok ? "met" : "**missed**");
const table = (head, rows) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const mib = (bytes) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
/** A summary of byte counts, in MiB. */
const inMiB = (summary) =>
  Object.fromEntries(
    Object.entries(summary).map(([key, value]) => [
      key,
      key === "runs" ? value : value / 1024 ** 2,
    ]),
  );
const percent = (share) => `${(share * 100).toFixed(1)} %`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

function failed(title, error) {
  return `## ${title}\n\n**Failed in this run:** ${String(error).split("\n")[0]}\n`;
}

function machineSection(machine, startedAt, totalMs) {
  return [
    "## Machine",
    "",
    table(
      ["CPU", "cores", "memory", "Node", "OS"],
      [
        [
          machine.cpu,
          String(machine.cores),
          `${machine.memoryGiB.toFixed(1)} GiB`,
          machine.node,
          machine.os,
        ],
      ],
    ),
    "",
    `Run started ${startedAt}; the whole run took ${seconds(totalMs)}. Every load is on the loopback interface and bounded in requests and seconds.`,
    "",
  ].join("\n");
}

function throughputSection(result) {
  const servers = Object.fromEntries(result.servers.map(({ key, label }) => [key, label]));
  const { fixedRate } = result;
  const lines = [
    "## 1. Mock throughput and latency",
    "",
    `One valid update per operation (its documented example), ${result.connections} connections, ${result.durationS} s per run, ${result.runs} runs per server after a ${result.warmupS} s warm-up, interleaved (the server order rotates every round). Figures are the median (min–max) of the runs; errors are transport errors, timeouts and non-2xx answers over all runs. Servers: the Switchboard gateway (all ${result.gatewaySpecs} specs, one process) with its fast path (the default) and, in a second process, with \`--no-fast-path\` (every request through Prism: today's gateway before issue 20); Prism's own CLI serving that operation's spec alone (\`--verboseLevel silent\`, stdout discarded); a bare \`node:http\` server replaying the gateway's recorded status, headers and body for the same request (the physical limit of this machine and load generator). autocannon runs in the harness process and reports latency in whole milliseconds. RSS peak is the loaded process's highest \`VmRSS\` (\`/proc/<pid>/status\`, read every ${result.rssSampleMs} ms) during each run.`,
    "",
  ];
  for (const operation of result.operations) {
    const gateway = operation.results.gateway;
    lines.push(
      `### ${operation.name} (\`${operation.method} ${operation.path}\`)`,
      "",
      table(
        [
          "server",
          "req/s",
          "p50 ms",
          "p99 ms",
          "errors / requests",
          "RSS peak MiB",
          "req/s vs gateway",
        ],
        Object.entries(operation.results).map(([key, r]) => [
          servers[key],
          formatSummary(r.rps),
          formatSummary(r.p50),
          formatSummary(r.p99),
          `${r.errors} / ${r.requests.toLocaleString("en-US")}`,
          formatSummary(inMiB(r.rssPeak)),
          formatRatio(r.rps.median, gateway.rps.median),
        ]),
      ),
      "",
    );
  }
  lines.push(
    `### Gateway memory at ${formatNumber(fixedRate.rate)} req/s`,
    "",
    `A peak RSS under full load grows with the request rate (V8 enlarges its young generation when a process allocates faster), so a gateway that answers more requests per second shows a higher peak for that reason alone. Here a fresh pair of gateway processes, fast path on and \`--no-fast-path\`, is loaded at the same fixed rate of ${formatNumber(fixedRate.rate)} req/s (autocannon's \`overallRate\`, ${result.connections} connections), ${result.durationS} s per run, ${result.runs} runs per operation after a ${result.warmupS} s warm-up at that rate, interleaved as above: this is the memory comparison of the targets. "achieved req/s" shows whether each process kept up with the rate (the target is not judged when one fell below ${percent(TARGETS.rateSustained)} of it). The min–max of each column is the run-to-run spread: a difference inside it is noise, not the fast path.`,
    "",
    table(
      [
        "operation",
        "RSS peak MiB, fast path",
        "RSS peak MiB, `--no-fast-path`",
        "fast path / off",
        "achieved req/s, fast path",
        "achieved req/s, off",
        "p99 ms, fast path",
        "p99 ms, off",
      ],
      fixedRate.operations.map((operation) => {
        const { gateway, gatewayOff } = operation.results;
        return [
          operation.name,
          formatSummary(inMiB(gateway.rssPeak)),
          formatSummary(inMiB(gatewayOff.rssPeak)),
          formatRatio(gateway.rssPeak.median, gatewayOff.rssPeak.median),
          formatSummary(gateway.rps),
          formatSummary(gatewayOff.rps),
          formatSummary(gateway.p99),
          formatSummary(gatewayOff.p99),
        ];
      }),
    ),
    "",
  );
  return lines.join("\n");
}

function throughputTargets(result) {
  const rows = result.operations.flatMap((operation) => {
    const { gateway, gatewayOff, prism, bare } = operation.results;
    return [
      [
        `${operation.name}: gateway req/s ≥ ${TARGETS.gatewayOverPrism}× Prism CLI req/s`,
        `${formatNumber(gateway.rps.median)} vs ${formatNumber(prism.rps.median)} (${formatRatio(gateway.rps.median, prism.rps.median)}; \`--no-fast-path\` ${formatNumber(gatewayOff.rps.median)}, bare replay ${formatNumber(bare.rps.median)})`,
        met(gateway.rps.median >= TARGETS.gatewayOverPrism * prism.rps.median),
      ],
      [
        `${operation.name}: gateway p99 ≤ ${TARGETS.gatewayP99Ms} ms at ${result.connections} connections`,
        `${formatSummary(gateway.p99, "ms")}`,
        met(gateway.p99.median <= TARGETS.gatewayP99Ms),
      ],
      [
        `${operation.name}: gateway errors = 0`,
        `${gateway.errors} of ${gateway.requests.toLocaleString("en-US")}`,
        met(gateway.errors === 0),
      ],
    ];
  });
  // Today's gateway is the one with the fast path off: the same process as before issue 20.
  // Peaks of every run of every operation, pooled: a peak depends on when V8 happens to grow
  // its heap, so one process's runs spread by several MiB at the same load.
  const pooled = (key) =>
    summarize(result.fixedRate.operations.flatMap((operation) => operation.results[key].rssPeaks));
  const on = pooled("gateway");
  const off = pooled("gatewayOff");
  // The comparison is fair only if both processes served the rate; say so when one fell short.
  const { rate } = result.fixedRate;
  const short = result.fixedRate.operations.filter((operation) =>
    Object.values(operation.results).some((r) => r.rps.median < TARGETS.rateSustained * rate),
  );
  rows.push([
    `gateway RSS under load at ${formatNumber(rate)} req/s: fast path no higher than \`--no-fast-path\` (today's), beyond today's own run-to-run spread`,
    `median peak ${mib(on.median)} vs ${mib(off.median)} (${formatRatio(on.median, off.median)}); today's runs ${mib(off.min)}–${mib(off.max)}, upper quartile ${mib(off.q3)} (peaks of all ${off.runs} runs over the operations, pooled)${short.length > 0 ? `; below ${percent(TARGETS.rateSustained)} of the rate: ${short.map((operation) => operation.name).join(", ")}` : ""}`,
    short.length > 0 ? "**not comparable** (rate not sustained)" : met(on.median <= off.q3),
  ]);
  return rows;
}

function heapSection(result) {
  const row = (label, summary) => [
    label,
    formatSummary(inMiB(summary.heapUsed), "MiB"),
    formatSummary(inMiB(summary.rss), "MiB"),
  ];
  return [
    "## 1c. Memory kept after the same work, fast path on and off",
    "",
    `What the engine keeps, measured without a load generator's timing in the way: a fresh process per run builds \`createMockHandlers({ fastPath })\` from \`@switchboard/mock/msw\`, sends each operation's documented update ${result.requests.toLocaleString("en-US")} times through its \`fetch\` (journal, kept answers and compiled checks all filled), collects garbage twice (\`--expose-gc\`) and reads \`process.memoryUsage()\`. ${result.runs} runs each, alternating; median (min–max). The heap is what the engine holds; RSS adds what V8 has reserved and not handed back.`,
    "",
    table(
      ["engine", "heap used", "RSS"],
      [row("fast path (default)", result.on), row("`fastPath: false` (today's)", result.off)],
    ),
    "",
    `Heap used, fast path / off: ${formatRatio(result.on.heapUsed.median, result.off.heapUsed.median)}.`,
    "",
  ].join("\n");
}

function profileSection(result) {
  const top = result.owners.slice(0, 12);
  const rest = result.owners.slice(12);
  const restMs = rest.reduce((sum, owner) => sum + owner.ms, 0);
  const restShare = rest.reduce((sum, owner) => sum + owner.share, 0);
  return [
    "## Where the gateway's time goes",
    "",
    `The gateway under \`node --cpu-prof\`, each operation loaded in turn for ${result.durationS} s at ${result.connections} connections (${result.requests.toLocaleString("en-US")} requests). Self time of the samples taken ${result.startupExcluded ? "during the load only (startup excluded)" : "over the whole process life (startup included: the profile's clock could not be matched)"}, idle excluded: ${formatNumber(result.totalMs)} ms in all. "node internals" is Node's own JavaScript and native code (sockets, HTTP parser, streams); "switchboard:<file>" is this repo's code.`,
    "",
    "### Self time by package",
    "",
    table(
      ["where", "self ms", "share"],
      [
        ...top.map((owner) => [owner.owner, formatNumber(owner.ms), percent(owner.share)]),
        ...(rest.length > 0
          ? [[`${rest.length} others`, formatNumber(restMs), percent(restShare)]]
          : []),
      ],
    ),
    "",
    "### Top functions by self time",
    "",
    table(
      ["function (file:line)", "where", "self ms", "share"],
      result.functions.map((fn) => [
        `\`${fn.name}\``,
        fn.owner,
        formatNumber(fn.ms),
        percent(fn.share),
      ]),
    ),
    "",
  ].join("\n");
}

function engineSection(result) {
  return [
    "## 1b. Engine cost per request, fast path on and off (in-process)",
    "",
    `The engine without sockets or a load generator, so what differs between the two is the engine alone: two engines built in this process with \`createMockHandlers({ fastPath: true })\` and \`createMockHandlers({ fastPath: false })\` from \`@switchboard/mock/msw\`, each called through its \`fetch\` (a \`Request\` in, a \`Response\` out: the front door and the engine, the code the MSW handlers run; MSW itself is not installed). One valid update per operation (its documented example), one request at a time, each answer's body read and checked to be 2xx. "wrapping only" builds the same \`Request\`, reads its body and builds and reads a \`Response\` with the documented answer, without an engine: the floor under both. ${seconds(result.warmupMs)} of warm-up per caller, then ${result.batches} timed batches of ≥ ${seconds(result.batchMs)} each, interleaved (the caller order rotates every round); microseconds per request, median (min–max) of the batches.`,
    "",
    table(
      [
        "operation",
        "fast path µs",
        "`fastPath: false` µs",
        "wrapping only µs",
        "fast path / off",
        "off / fast path",
      ],
      result.operations.map((operation) => {
        const { on, off, wrapping } = operation.microseconds;
        return [
          `${operation.name} (\`${operation.method} ${operation.path}\`)`,
          formatSummary(on),
          formatSummary(off),
          formatSummary(wrapping),
          formatRatio(on.median, off.median),
          formatRatio(off.median, on.median),
        ];
      }),
    ),
    "",
  ].join("\n");
}

function startupSection(result) {
  return [
    "## 2. Startup",
    "",
    `Process spawn to the first 2xx answer, ${result.runs} runs each, alternating. The gateway is probed on \`GET /__health\` (answered once all ${result.gatewaySpecs} specs are loaded), with its fast path (compiled at start-up) and with \`--no-fast-path\`; Prism's CLI serves the ${result.prismSpec} spec alone and is probed with that spec's valid update. Probes every 5 ms.`,
    "",
    table(
      ["server", "startup ms, median (min–max)", "IQR ms", "vs Prism CLI"],
      [
        [
          `Switchboard gateway (${result.gatewaySpecs} specs)`,
          formatSummary(result.gateway),
          `${formatNumber(result.gateway.q1)}–${formatNumber(result.gateway.q3)}`,
          formatRatio(result.gateway.median, result.prism.median),
        ],
        [
          `Switchboard gateway, \`--no-fast-path\` (${result.gatewaySpecs} specs)`,
          formatSummary(result.gatewayOff),
          `${formatNumber(result.gatewayOff.q1)}–${formatNumber(result.gatewayOff.q3)}`,
          formatRatio(result.gatewayOff.median, result.prism.median),
        ],
        [
          `Prism CLI (${result.prismSpec} only)`,
          formatSummary(result.prism),
          `${formatNumber(result.prism.q1)}–${formatNumber(result.prism.q3)}`,
          "1.00×",
        ],
      ],
    ),
    "",
  ].join("\n");
}

function perFileSection(result, results) {
  const cold = results.startup?.value?.gateway;
  const row = (what, summary) => [
    what,
    formatNumber(summary.median),
    formatNumber(summary.p90),
    `${formatNumber(summary.min)}–${formatNumber(summary.max)}`,
  ];
  return [
    "## 2b. A gateway per test file (in-process)",
    "",
    `What \`beforeAll(() => startMockGateway({ port: 0 }))\` and \`afterAll(() => gateway.close())\` cost a test file: \`startMockGateway({ port: 0 })\` (all ${result.specs} specs), the first \`GET /__health\` (fetch, body read) and \`close()\`, ${result.runs} cycles in one Node process after ${result.warmups} warm-up cycle${result.warmups === 1 ? "" : "s"}, one after the other.`,
    "",
    table(
      ["per cycle", "median ms", "p90 ms", "min–max ms"],
      [
        row("start, first `GET /__health`, `close()`", result.total),
        row("`startMockGateway({ port: 0 })`", result.start),
        row("first `GET /__health`", result.health),
        row("`close()`", result.close),
      ],
    ),
    "",
    `In a fresh process (as in a test worker that has not loaded the package yet: vitest isolates each test file by default), \`import("@switchboard/mock")\` took ${formatNumber(result.importMs)} ms and the first cycle ${formatNumber(result.first.totalMs)} ms.${cold ? ` A gateway process started from the CLI (section 2) answers \`/__health\` after ${formatNumber(cold.median)} ms (median): ${formatRatio(cold.median, result.total.median)} the in-process cycle.` : ""}`,
    "",
  ].join("\n");
}

function clientSection(result) {
  return [
    "## 3. Client overhead",
    "",
    `Sequential updates against a stubbed \`fetch\` that answers at once (a new \`Response\` from a prebuilt string, the operation's documented success example), so only client-side work is timed. Facade: \`createSwitchboard(...).update(name, input)\` (request validation on, default retry and timeout); bare: the generated client's \`request(method, path, { params, body })\`; hand-written: one \`fetch(url, { method, headers, body })\` with the auth header and encoded body prebuilt, then \`response.json()\`. ${result.warmupMs} ms warm-up per variant, then ${result.batches} timed batches of ≥ ${result.batchMs} ms, interleaved; operations per second, median (min–max).`,
    "",
    table(
      [
        "operation",
        "body",
        "facade ops/s",
        "bare client ops/s",
        "hand-written ops/s",
        "facade / bare",
        "bare / hand",
      ],
      result.operations.map((operation) => [
        operation.name,
        operation.mediaType ?? "none",
        formatSummary(operation.facade),
        formatSummary(operation.bare),
        formatSummary(operation.hand),
        formatRatio(operation.facade.median, operation.bare.median),
        formatRatio(operation.bare.median, operation.hand.median),
      ]),
    ),
    "",
  ].join("\n");
}

function clientTargets(result) {
  return result.operations.map((operation) => {
    const ratio = operation.facade.median / operation.bare.median;
    return [
      `${operation.name}: facade / bare client ≥ ${TARGETS.facadeOverBare}`,
      formatRatio(operation.facade.median, operation.bare.median),
      met(ratio >= TARGETS.facadeOverBare),
    ];
  });
}

function pipelineSection(result) {
  if (result.smoke) {
    return `## 4. Pipeline\n\nSmoke run: turbo planned ${result.tasks} tasks (\`--dry=json\`); nothing was built.\n`;
  }
  return [
    "## 4. Pipeline",
    "",
    `\`turbo run codegen build\` of the whole workspace on ${result.cores} cores with an empty, throwaway \`--cache-dir\` (cold: every task runs), then the same command again (warm: served from that cache). One run each; wall time including pnpm and turbo startup.`,
    "",
    table(
      ["run", "wall time", "tasks", "cache hits"],
      [
        [
          "cold",
          seconds(result.coldMs),
          String(result.cold.tasks ?? "?"),
          String(result.cold.cached ?? "?"),
        ],
        [
          "warm",
          seconds(result.warmMs),
          String(result.warm.tasks ?? "?"),
          String(result.warm.cached ?? "?"),
        ],
      ],
    ),
    "",
  ].join("\n");
}

function pipelineTargets(result) {
  if (result.smoke) return [];
  return [
    [
      `cold codegen + build < ${seconds(TARGETS.pipelineColdMs)}`,
      seconds(result.coldMs),
      met(result.coldMs < TARGETS.pipelineColdMs),
    ],
    [
      `warm codegen + build < ${seconds(TARGETS.pipelineWarmMs)}`,
      seconds(result.warmMs),
      met(result.warmMs < TARGETS.pipelineWarmMs),
    ],
  ];
}

function bundleSection(result) {
  return [
    "## 5. Bundle size",
    "",
    `Minified and gzipped by size-limit (esbuild), importing each package's factory as \`.size-limit.js\` lists it; ${result.reference.name} is openapi-fetch's \`createClient\` alone: ${kb(result.reference.bytes)}.`,
    "",
    table(
      ["package", "min+gzip", "vs openapi-fetch", "budget", "result"],
      result.entries.map((entry) => [
        entry.name,
        kb(entry.bytes),
        formatRatio(entry.bytes, result.reference.bytes),
        entry.limitBytes === null ? "none" : kb(entry.limitBytes),
        entry.limitBytes === null ? "-" : met(entry.passed),
      ]),
    ),
    "",
  ].join("\n");
}

function bundleTargets(result) {
  return result.entries
    .filter((entry) => entry.limitBytes !== null)
    .map((entry) => [
      `${entry.name} within its size-limit budget (${kb(entry.limitBytes)})`,
      kb(entry.bytes),
      met(entry.passed),
    ]);
}

function soakSection(result) {
  return [
    "## 6. Soak",
    "",
    `${result.durationS} s at ${result.connections} connections against one gateway process, the ${result.operations} operations' updates in rotation. RSS is the gateway's \`VmRSS\` from \`/proc/<pid>/status\`: after startup (before the load), the highest of 1 s samples during it, and after it.`,
    "",
    table(
      [
        "requests",
        "req/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "RSS start",
        "RSS peak",
        "RSS end",
        "RSS growth",
      ],
      [
        [
          result.requests.toLocaleString("en-US"),
          formatNumber(result.rps),
          formatNumber(result.p50),
          formatNumber(result.p99),
          String(result.errors),
          mib(result.rssStart),
          mib(result.rssPeak),
          mib(result.rssEnd),
          mib(result.rssEnd - result.rssStart),
        ],
      ],
    ),
    "",
  ].join("\n");
}

function soakTargets(result) {
  return [
    [
      `soak: no errors in ${result.durationS} s`,
      `${result.errors} of ${result.requests.toLocaleString("en-US")}`,
      met(result.errors === 0),
    ],
  ];
}

function hostileSection(result) {
  const { journal, wideForm } = result;
  return [
    "## 7. Hostile input",
    "",
    `One gateway process with default options. The journal is filled with ${result.journalBodies.toLocaleString("en-US")} JSON bodies of ${mib(result.bodyBytes)} each (four clients at a time), then read whole ${"`GET /__journal`"} while a health probe is sent beside it. RSS as in the soak.`,
    "",
    table(
      [
        "RSS start",
        "RSS filled",
        "RSS after reads",
        "journal status",
        "journal read",
        "probe during read",
        "journal size",
        "entries",
      ],
      [
        [
          mib(result.rssStart),
          mib(result.rssFilled),
          mib(result.rssAfterReads),
          String(journal.status),
          `${formatNumber(journal.readMs)} ms`,
          `${formatNumber(journal.probeMs)} ms`,
          mib(journal.bytes),
          journal.entries.toLocaleString("en-US"),
        ],
      ],
    ),
    "",
    "Oversized uploads: a JSON body streamed in 1 MiB chunks without a Content-Length, stopped once the gateway answers.",
    "",
    table(
      ["body", "status", "sent before the answer", "time"],
      result.uploads.map((upload) => [
        `${upload.mib} MiB`,
        upload.status === null ? `none (${upload.error})` : String(upload.status),
        `${formatNumber(upload.sentMiB)} MiB`,
        `${formatNumber(upload.ms)} ms`,
      ]),
    ),
    "",
    `A form with ${wideForm.keys.toLocaleString("en-US")} unknown keys (${kb(wideForm.requestBytes)}) answered ${wideForm.status} with ${kb(wideForm.answerBytes)} in ${formatNumber(wideForm.ms)} ms.`,
    "",
    `Canary secrets (a string, a number and the vendor credential) sent in ${result.canaryRequests} requests: in the body under secret names (valid and malformed JSON, forms, text, XML), the query, headers, to no vendor, and by clients hanging up mid-body. Found afterwards in the journal: ${result.leaks.journal}; in the gateway's stdout and stderr: ${result.leaks.output}.`,
    "",
  ].join("\n");
}

function hostileTargets(result) {
  const leaks = result.leaks.journal + result.leaks.output;
  return [
    [
      `journal readable after ${result.journalBodies.toLocaleString("en-US")} bodies of ${mib(result.bodyBytes)}`,
      `status ${result.journal.status}, ${result.journal.readMs.toFixed(0)} ms`,
      met(result.journal.status === 200),
    ],
    [
      "every oversized upload answered 413",
      result.uploads
        .map((upload) => `${upload.mib} MiB: ${upload.status ?? upload.error}`)
        .join(", "),
      met(result.uploads.every((upload) => upload.status === 413)),
    ],
    ["canary secrets in the journal and the gateway's output = 0", String(leaks), met(leaks === 0)],
  ];
}

function mswSection(result) {
  const bound =
    result.amount === undefined
      ? `${result.runs} runs of ${seconds(result.runMs)} per transport and mode after ${seconds(result.warmupMs)} of warm-up in each`
      : `${result.runs} run${result.runs === 1 ? "" : "s"} of ${result.amount} requests per transport and mode`;
  const rows = result.operations.flatMap((operation) =>
    result.modes.map((mode) => {
      const { msw, gateway } = operation.modes[mode.key];
      return [
        operation.name,
        String(mode.inFlight),
        formatSummary(msw.rps),
        formatSummary(gateway.rps),
        formatRatio(msw.rps.median, gateway.rps.median),
      ];
    }),
  );
  return [
    "## 8. MSW handlers against the gateway",
    "",
    `The same engine behind two transports, each built once with default options: \`createMockHandlers()\` from \`@switchboard/mock/msw\` under \`setupServer(...handlers)\` (requests to \`http://switchboard.mock\` are answered inside this process, with no socket), and \`startMockGateway({ port: 0 })\` in this process (HTTP over loopback, 127.0.0.1). One valid update per operation (its documented example). Both are driven by the same loop on Node's global \`fetch\`: one request at a time (sequential) or ${result.concurrency} in flight (each of ${result.concurrency} workers sends its next request once it has read its last answer's body), every answer checked to be 2xx. autocannon (section 1) is not used here: it writes to sockets itself, so it cannot go through MSW. MSW listens (\`onUnhandledRequest: "error"\`) only during its own runs, so the gateway's requests are not intercepted; the gateway's server and the client share this one process and its event loop, as MSW's handlers do. ${bound}, interleaved (the transport order rotates every round). Requests per second, median (min–max) of the runs.`,
    "",
    table(["operation", "in flight", "MSW req/s", "gateway req/s", "MSW / gateway"], rows),
    "",
  ].join("\n");
}

function proxySection(result) {
  return [
    "## 9. Validating proxy latency",
    "",
    `A fake upstream in this process (\`node:http\` on 127.0.0.1) answers each operation's documented success example with its documented status, and an in-process gateway started with \`startMockGateway({ proxy })\` forwards all ${result.vendors} vendors to it, checking each request and answer against the spec. Per operation: ${result.warmups} warm-up exchanges each way, then ${result.requests.toLocaleString("en-US")} requests straight to the upstream and ${result.requests.toLocaleString("en-US")} through the gateway, alternately (which goes first alternates too), one at a time, with Node's global \`fetch\` (keep-alive), each timed from the call to the last byte of its body read. Every answer was checked to be the documented status and body byte for byte, and every proxied one to carry \`x-switchboard-violations: 0\`. Upstream, gateway and client share one process, so both paths include the upstream's own work. Added latency is the proxied median minus the direct median.`,
    "",
    table(
      [
        "operation",
        "direct median ms",
        "direct p95 ms",
        "proxied median ms",
        "proxied p95 ms",
        "added ms (median)",
        "proxied / direct",
      ],
      result.operations.map((operation) => [
        operation.name,
        formatNumber(operation.direct.median),
        formatNumber(operation.direct.p95),
        formatNumber(operation.proxied.median),
        formatNumber(operation.proxied.p95),
        formatNumber(operation.addedMs),
        `${operation.ratio.toFixed(2)}×`,
      ]),
    ),
    "",
  ].join("\n");
}

/** Values under names that may hold a credential, replaced before an example is printed. */
const SECRET_NAME = /authorization|token|secret|password|cookie|api[-_]?key/i;
const redacted = (value) =>
  JSON.stringify(value, (key, inner) => (SECRET_NAME.test(key) ? "[redacted]" : inner));
const EXAMPLES_SHOWN = 3;
const EXAMPLE_CHARS = 600;

function differentialSection(result) {
  if (result.skipped) {
    return `## 10. Fast path against Prism: differential test\n\nSmoke run: skipped, ${result.skipped}.\n`;
  }
  const total = (field) => result.operations.reduce((sum, operation) => sum + operation[field], 0);
  const examples = result.differences.slice(0, EXAMPLES_SHOWN).map((example) => {
    const text = redacted(example);
    return text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS)}…` : text;
  });
  return [
    "## 10. Fast path against Prism: differential test",
    "",
    `\`${DIFFERENTIAL_TEST}\` (the reliability suite's test, which \`pnpm test\` runs at a small size) run once with \`FAST_PATH_RUNS=${result.runs}\`: requests to every operation, each answered with the fast path on and with it off (every request through Prism), the two answers compared. "answered by the fast path" counts the requests the fast path answered itself rather than handing them to Prism (a differential test where it answered none compares Prism with itself). The test ${result.passed ? "passed" : "**failed**"} in ${seconds(result.ms)}.`,
    "",
    table(
      ["operation", "requests", "answered by the fast path", "differences"],
      [
        ...result.operations.map((operation) => [
          operation.operation,
          operation.requests.toLocaleString("en-US"),
          `${operation.answeredByFastPath.toLocaleString("en-US")} (${percent(operation.requests === 0 ? 0 : operation.answeredByFastPath / operation.requests)})`,
          operation.differences.toLocaleString("en-US"),
        ]),
        [
          "all",
          total("requests").toLocaleString("en-US"),
          total("answeredByFastPath").toLocaleString("en-US"),
          total("differences").toLocaleString("en-US"),
        ],
      ],
    ),
    "",
    ...(examples.length > 0
      ? [
          `The first ${examples.length} of ${result.differences.length} reported differences (credentials redacted, each cut at ${EXAMPLE_CHARS} characters):`,
          "",
          "```json",
          ...examples,
          "```",
          "",
        ]
      : []),
    ...(result.failure
      ? ["The test's last output:", "", "```text", result.failure, "```", ""]
      : []),
  ].join("\n");
}

function differentialTargets(result) {
  if (result.skipped) return [];
  const requests = result.operations.reduce((sum, operation) => sum + operation.requests, 0);
  const fast = result.operations.reduce((sum, operation) => sum + operation.answeredByFastPath, 0);
  const differences = result.operations.reduce((sum, operation) => sum + operation.differences, 0);
  return [
    [
      `fast path vs Prism: 0 differences over ${requests.toLocaleString("en-US")} requests`,
      `${differences} differences (${fast.toLocaleString("en-US")} requests answered by the fast path)${result.passed ? "" : "; the test failed"}`,
      met(differences === 0 && result.passed),
    ],
  ];
}

/**
 * @param {{ machine: ReturnType<typeof import("./machine.js").describeMachine>, startedAt: string, totalMs: number, results: Record<string, { value?: any, error?: unknown }> }} run
 */
export function renderReport({ machine, startedAt, totalMs, results }) {
  const sections = [
    ["throughput", "1. Mock throughput and latency", throughputSection, throughputTargets],
    [
      "engine",
      "1b. Engine cost per request, fast path on and off (in-process)",
      engineSection,
      null,
    ],
    ["heap", "1c. Memory kept after the same work, fast path on and off", heapSection, null],
    ["profile", "Where the gateway's time goes", profileSection, null],
    [
      "startup",
      "2. Startup",
      startupSection,
      (r) => [
        [
          `gateway startup (all ${r.gatewaySpecs} specs, fast path compiled) < ${formatNumber(TARGETS.gatewayStartupMs)} ms`,
          formatSummary(r.gateway, "ms"),
          met(r.gateway.median < TARGETS.gatewayStartupMs),
        ],
      ],
    ],
    ["perfile", "2b. A gateway per test file (in-process)", perFileSection, null],
    ["client", "3. Client overhead", clientSection, clientTargets],
    ["pipeline", "4. Pipeline", pipelineSection, pipelineTargets],
    ["bundle", "5. Bundle size", bundleSection, bundleTargets],
    ["soak", "6. Soak", soakSection, soakTargets],
    ["hostile", "7. Hostile input", hostileSection, hostileTargets],
    ["msw", "8. MSW handlers against the gateway", mswSection, null],
    ["proxy", "9. Validating proxy latency", proxySection, null],
    [
      "differential",
      "10. Fast path against Prism: differential test",
      differentialSection,
      differentialTargets,
    ],
  ];
  /** @type {string[][]} */
  const targets = [];
  const bodies = [];
  for (const [key, title, render, targetRows] of /** @type {any[]} */ (sections)) {
    const outcome = results[key];
    if (outcome === undefined) continue;
    if ("error" in outcome) {
      bodies.push(failed(title, outcome.error));
      targets.push([title, "benchmark failed", "**not measured**"]);
      continue;
    }
    try {
      const body = render(outcome.value, results);
      const rows = targetRows ? targetRows(outcome.value) : [];
      bodies.push(body);
      targets.push(...rows);
    } catch (error) {
      bodies.push(failed(title, `could not render the results: ${error}`));
      targets.push([title, "report failed", "**not measured**"]);
    }
  }
  return [
    "# Benchmarks",
    "",
    "Written by `pnpm bench` (`bench/src/run.js`); do not edit by hand. Every figure below was measured in the run that wrote this file, and every ratio compares two figures from that same run. Durations can be changed with the `BENCH_*` variables listed in `bench/README.md`.",
    "",
    machineSection(machine, startedAt, totalMs),
    "## Targets",
    "",
    table(["target", "measured (median)", "result"], targets),
    "",
    ...bodies,
  ].join("\n");
}
