// @ts-check
// Hostile input against one gateway process: a journal filled with ~1 MiB bodies (RSS, time to
// read it, how long a health probe waits meanwhile), oversized uploads (the largest answered
// 413), a form with 60k unknown keys (the error answer's size), and a canary secret sent every
// way a request can carry one, searched for in the journal and the gateway's own output.
import { request } from "node:http";
import { connect } from "node:net";
import { median } from "./stats.js";
import { BENCH_CREDENTIAL } from "./vendors.js";
import { httpRequest, residentBytes, startGateway } from "./servers.js";

const MIB = 1024 * 1024;
const CANARY = "hostile-canary-5d1e9a";
// A secret that is a number: it must go as a value of any type does.
const NUMERIC_CANARY = 48151623;

/**
 * @param {{ operations: import("./operations.js").Operation[], journalBodies: number, uploadMiB: number[], reads: number }} settings
 */
export async function hostileInput({ operations, journalBodies, uploadMiB, reads }) {
  const json = operations.find((operation) => operation.mediaType === "application/json");
  const form = operations.find(
    (operation) => operation.mediaType === "application/x-www-form-urlencoded",
  );
  if (!json || !form) throw new Error("hostile input needs a JSON and a form operation");
  const gateway = await startGateway({ keepOutput: true });
  try {
    const pid = /** @type {number} */ (gateway.child.pid);
    const port = gateway.port;
    const rssStart = await residentBytes(pid);
    await fillJournal(port, json, journalBodies);
    const rssFilled = await residentBytes(pid);
    const journal = await readJournal(port, reads);
    const rssAfterReads = await residentBytes(pid);
    const uploads = [];
    for (const mib of uploadMiB) uploads.push(await oversizedUpload(port, json, mib));
    const wideForm = await unknownKeysForm(port, form, 60_000);
    const answers = await sendCanaryEveryWay(port, json, form);
    const journalText = (await httpRequest({ port, method: "GET", path: "/__journal" })).body;
    const secrets = [CANARY, String(NUMERIC_CANARY), BENCH_CREDENTIAL.secret];
    return {
      journalBodies,
      bodyBytes: MIB - 4096,
      rssStart,
      rssFilled,
      rssAfterReads,
      journal,
      uploads,
      largest413MiB: Math.max(0, ...uploads.filter((u) => u.status === 413).map((u) => u.mib)),
      wideForm,
      canaryRequests: answers,
      leaks: {
        journal: countAll(journalText.toString("utf8"), secrets),
        output: countAll(gateway.output(), secrets),
      },
    };
  } finally {
    await gateway.stop();
  }
}

/** `count` JSON bodies just under 1 MiB, a canary secret in each, four at a time. */
async function fillJournal(port, operation, count) {
  const body = JSON.stringify({
    ...JSON.parse(operation.body ?? "{}"),
    api_key: CANARY,
    padding: "x".repeat(MIB - 4096 - 200),
  });
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      await httpRequest({ port, ...wire(operation), body });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/** Time to read the whole journal, and how long a health probe waited meanwhile. */
async function readJournal(port, reads) {
  const readMs = [];
  const probeMs = [];
  let bytes = 0;
  let entries = 0;
  let status = 0;
  for (let read = 0; read < reads; read += 1) {
    const started = performance.now();
    const listing = httpRequest({ port, method: "GET", path: "/__journal" });
    const probeStarted = performance.now();
    await httpRequest({ port, method: "GET", path: "/__health" });
    probeMs.push(performance.now() - probeStarted);
    const answer = await listing;
    readMs.push(performance.now() - started);
    status = answer.status;
    bytes = answer.body.length;
    // A journal that cannot be read is a finding, not a reason to stop measuring.
    entries = status === 200 ? JSON.parse(answer.body.toString("utf8")).length : 0;
  }
  return { status, readMs: median(readMs), probeMs: median(probeMs), bytes, entries };
}

/** Streams `mib` MiB of JSON (chunked, no Content-Length) and reports the answer's status. */
function oversizedUpload(port, operation, mib) {
  return new Promise((resolve) => {
    const started = performance.now();
    let sent = 0;
    let settled = false;
    const done = (/** @type {number | null} */ status, error = "") => {
      if (settled) return;
      settled = true;
      resolve({ mib, status, sentMiB: sent / MIB, ms: performance.now() - started, error });
    };
    const { path, headers } = wire(operation);
    const req = request({ host: "127.0.0.1", port, method: operation.method, path, headers });
    req.on("response", (response) => {
      response.resume();
      response.on("end", () => done(response.statusCode ?? null));
      req.destroy();
    });
    req.on("error", (error) => done(null, /** @type {NodeJS.ErrnoException} */ (error).code));
    const chunk = Buffer.alloc(MIB, " ");
    const write = () => {
      while (!settled && sent < mib * MIB) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      if (!settled) req.end();
    };
    req.write(`{"api_key":"${CANARY}","padding":"`);
    write();
  });
}

/** A form of `keys` unknown fields: the answer's size and time. */
async function unknownKeysForm(port, operation, keys) {
  const extra = Array.from({ length: keys }, (_, index) => `Unknown${index}=x`).join("&");
  const body = `${operation.body}&${extra}`;
  const started = performance.now();
  const answer = await httpRequest({ port, ...wire(operation), body });
  return {
    keys,
    requestBytes: Buffer.byteLength(body),
    status: answer.status,
    answerBytes: answer.body.length,
    ms: performance.now() - started,
  };
}

/** The canary in every place a request can carry it; the number of requests sent. */
async function sendCanaryEveryWay(port, json, form) {
  const jsonWire = wire(json);
  const formWire = wire(form);
  const query = `api_key=${CANARY}&access_token=${CANARY}&pin=${NUMERIC_CANARY}`;
  const bodies = [
    [jsonWire, "application/json", JSON.stringify({ password: CANARY, pin: NUMERIC_CANARY })],
    [jsonWire, "application/json", `{"client_secret": "${CANARY}", "broken": `],
    [jsonWire, "application/json", `{"passwd": ${NUMERIC_CANARY}`],
    [jsonWire, "text/plain", `password=${CANARY}`],
    [jsonWire, "application/xml", `<auth><password>${CANARY}</password></auth>`],
    [jsonWire, "application/x-www-form-urlencoded", `auth_token=${CANARY}&pin=${NUMERIC_CANARY}`],
    [formWire, "application/x-www-form-urlencoded", `${form.body}&AuthToken=${CANARY}`],
    [formWire, "application/json", JSON.stringify({ secret: CANARY })],
  ];
  let sent = 0;
  for (const [{ path, headers }, contentType, body] of bodies) {
    for (const target of [path, `${path}${path.includes("?") ? "&" : "?"}${query}`]) {
      await httpRequest({
        port,
        method: json.method,
        path: target,
        headers: { ...headers, "content-type": contentType, "x-api-key": CANARY },
        body,
      });
      sent += 1;
    }
  }
  // A request to no vendor, and clients that hang up halfway through their body.
  await httpRequest({ port, method: "GET", path: `/no-such-vendor?token=${CANARY}` });
  for (let client = 0; client < 5; client += 1) {
    await hangUpMidBody(port, jsonWire.path, CANARY);
    sent += 1;
  }
  return sent + 1;
}

/** Writes half a body with a canary in it, then drops the connection. */
function hangUpMidBody(port, path, canary) {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        `PUT ${path}?api_key=${canary} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"password":"${canary}"`,
      );
      setTimeout(() => socket.destroy(), 20);
    });
    socket.on("close", resolve);
    socket.on("error", () => undefined);
  });
}

/** An operation's request as sent to the gateway, without its body. */
function wire(operation) {
  return {
    method: operation.method,
    path: `/${operation.vendor.name}${operation.path}`,
    headers: operation.headers,
  };
}

function countAll(text, needles) {
  return needles.reduce((count, needle) => count + text.split(needle).length - 1, 0);
}
