/*
 * The real CLI, as a user runs it: `node bin/switchboard-mock.js`, which imports dist/ (the
 * package's test task builds it first). Misuse is one line and status 2; a gateway started
 * here is spawned, so starts are few and shared.
 */
import { execFile, spawn, type ChildProcessByStdio } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const BIN = fileURLToPath(new URL("../bin/switchboard-mock.js", import.meta.url));
const MINI = fileURLToPath(new URL("fixtures/mini.yaml", import.meta.url));
const BASIC = `Basic ${Buffer.from("AC1:secret-token").toString("base64")}`;
/** Starting a gateway takes about a second alone, many on a busy machine. */
const GATEWAY_TIMEOUT = 30_000;

/** A folder with no specs in it. */
const EMPTY = mkdtempSync(path.join(tmpdir(), "switchboard-mock-cli-"));
afterAll(() => rm(EMPTY, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL("../dist/cli.js", import.meta.url)))) {
    throw new Error("dist/cli.js is missing: pnpm --filter @switchboard/mock build");
  }
});

/** Every URL in what the CLI printed. */
const URLS = /http:\/\/[^\s,]+/g;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to its end. */
function run(args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: cliEnv() }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** The environment without MOCK_PORT, which would change what the tests ask for. */
function cliEnv(): NodeJS.ProcessEnv {
  const { MOCK_PORT: _ignored, ...env } = process.env;
  return env;
}

describe("misuse: one line on stderr naming what is wrong, status 2", () => {
  test.each<{ args: string[]; names: string }>([
    { args: ["--bogus"], names: "--bogus" },
    { args: ["-x"], names: "-x" },
    { args: ["--port"], names: "--port" },
    { args: ["--port", "--host", "x"], names: "--port" },
    { args: ["--port", "abc"], names: "--port" },
    { args: ["--port", "70000"], names: "--port" },
    { args: ["--retry-after-max", "soon"], names: "--retry-after-max" },
    { args: ["--shutdown-timeout", "-5"], names: "--shutdown-timeout" },
    { args: ["--cors-origin", "localhost:5173"], names: "--cors-origin" },
    { args: ["--no-cors", "--cors-origin", "http://a.example"], names: "--no-cors" },
    { args: [MINI, MINI], names: "mini.yaml" },
    { args: [path.join(EMPTY, "nope.yaml")], names: "nope.yaml" },
    { args: ["--specs", EMPTY], names: EMPTY },
  ])("$args", async ({ args, names }) => {
    const { code, stdout, stderr } = await run(args);
    expect(stderr).toMatch(/^switchboard-mock: [^\n]+; see --help\n$/);
    expect(stderr).toContain(names);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stdout).toBe("");
    expect(code).toBe(2);
  });
});

describe("help and version", () => {
  test.each(["--version", "-v"])("%s prints the package's version, status 0", async (flag) => {
    const { version } = JSON.parse(
      await readFile(new URL("../package.json", import.meta.url), "utf8"),
    ) as { version: string };
    expect(await run([flag])).toStrictEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  test.each(["--help", "-h"])("%s lists every flag, status 0", async (flag) => {
    const { code, stdout, stderr } = await run([flag]);
    for (const name of [
      "--specs",
      "--port",
      "--host",
      "--docs",
      "--cors-origin",
      "--no-cors",
      "--retry-after-max",
      "--shutdown-timeout",
      "-h, --help",
      "-v, --version",
    ]) {
      expect(stdout).toContain(name);
    }
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

/** A CLI left running: what it printed so far, and how it ended. */
interface Running {
  child: ChildProcessByStdio<null, Readable, Readable>;
  stdout: string;
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once `stream` shows `text`; rejects if the CLI ends first. */
  printed(stream: "stdout" | "stderr", text: string): Promise<void>;
}

const started: Running[] = [];
afterAll(() => {
  for (const { child } of started) if (child.exitCode === null) child.kill("SIGKILL");
});

/** Starts the CLI and waits for it to say where it serves. */
async function startCli(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: cliEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const running: Running = {
    child,
    stdout: "",
    stderr: "",
    exited,
    printed: (stream, text) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!running[stream].includes(text)) return;
          child[stream].off("data", check);
          resolve();
        };
        child[stream].on("data", check);
        check();
        void exited.then(() =>
          reject(new Error(`the CLI ended before printing "${text}":\n${running.stderr}`)),
        );
      }),
  };
  started.push(running);
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (running.stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (running.stderr += chunk));
  await running.printed("stdout", "Ctrl-C stops it.");
  return running;
}

/** The base URL the CLI printed for a vendor served under `/<prefix>`. */
function vendorUrl({ stdout }: Running, prefix: string): string {
  const url = stdout.match(new RegExp(`http://\\S+/${prefix}$`, "m"))?.[0];
  if (url === undefined) throw new Error(`no URL for /${prefix} in:\n${stdout}`);
  return url;
}

/** A request the mini vendor answers 200, after `delayMs` when given. */
function updateThing(base: string, sid: string, delayMs?: number): Promise<Response> {
  return fetch(`${base}/v1/Things/${sid}.json`, {
    method: "POST",
    headers: {
      authorization: BASIC,
      "content-type": "application/x-www-form-urlencoded",
      ...(delayMs === undefined ? {} : { "x-mock-fault": `delay=${delayMs}` }),
    },
    body: "Name=thing",
  });
}

/** Waits until the gateway's journal holds a request to `sid`, and returns its entry. */
async function journaled(gateway: string, sid: string): Promise<{ status: number | null }> {
  for (;;) {
    const entries = (await (await fetch(`${gateway}/__journal`)).json()) as {
      path: string;
      status: number | null;
    }[];
    const entry = entries.find(({ path }) => path.includes(sid));
    if (entry) return entry;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("a gateway on every interface, serving the spec file given as the argument", () => {
  let cli: Running;
  beforeAll(async () => {
    cli = await startCli(["--port", "0", "--host", "0.0.0.0", "--shutdown-timeout", "20000", MINI]);
  }, GATEWAY_TIMEOUT);

  test("prints 127.0.0.1 URLs, saying it listens on all interfaces", () => {
    const [first] = cli.stdout.split("\n");
    expect(first).toMatch(
      /^Switchboard mock gateway on http:\/\/127\.0\.0\.1:\d+, listening on all interfaces \(0\.0\.0\.0\)$/,
    );
    const urls = cli.stdout.match(URLS) ?? [];
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+(\/|$)/);
  });

  test("the spec file is served under its name, at the printed URL", async () => {
    const response = await updateThing(vendorUrl(cli, "mini"), "TH1");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ sid: "TH1" });
  });

  // Last: it stops the gateway.
  test(
    "SIGTERM lets a request in flight finish with its answer, then exits 0",
    async () => {
      const [gateway] = cli.stdout.match(URLS)!;
      const answered = updateThing(vendorUrl(cli, "mini"), "THSTOP", 2000);
      // Journaled, not answered: the request is inside its delay when the signal comes.
      expect(await journaled(gateway, "THSTOP")).toMatchObject({ status: null });
      cli.child.kill("SIGTERM");

      const response = await answered;
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ sid: "THSTOP" });
      expect(await cli.exited).toStrictEqual({ code: 0, signal: null });
      expect(cli.stdout).toContain("switchboard-mock: stopping…\n");
      expect(cli.stderr).toBe("");
    },
    GATEWAY_TIMEOUT,
  );
});

test(
  "--specs, then a second SIGINT while stopping: exits at once with 130",
  async () => {
    const cli = await startCli(["--specs", MINI, "--port", "0", "--shutdown-timeout", "60000"]);
    const [gateway] = cli.stdout.match(URLS)!;
    expect(gateway).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // Held for the longest delay there is: only the second signal can end it in time.
    const cut = updateThing(vendorUrl(cli, "mini"), "THWAIT", 60_000).catch(
      (error: Error) => error,
    );
    await journaled(gateway, "THWAIT");

    cli.child.kill("SIGINT");
    await cli.printed("stdout", "switchboard-mock: stopping…");
    cli.child.kill("SIGINT");
    expect(await cli.exited).toStrictEqual({ code: 130, signal: null });
    expect(await cut).toBeInstanceOf(Error);
  },
  GATEWAY_TIMEOUT,
);
