import { describe, expect, test } from "vitest";
import {
  CLI_OPTIONS,
  DEFAULT_SHUTDOWN_TIMEOUT_MS,
  parseCli,
  USAGE,
  UsageError,
} from "../src/cli-options.js";

describe("parseCli: what to serve", () => {
  test.each<{ args: string[]; env?: NodeJS.ProcessEnv; options: object }>([
    { args: [], options: { port: 4010, host: "127.0.0.1", cors: { origins: "*" } } },
    { args: [], env: { MOCK_PORT: "0" }, options: { port: 0 } },
    // An empty variable, as `MOCK_PORT=` in a compose file, is no port.
    { args: [], env: { MOCK_PORT: "" }, options: { port: 4010 } },
    { args: ["--port", "4011"], env: { MOCK_PORT: "abc" }, options: { port: 4011 } },
    { args: ["--port=4012"], options: { port: 4012 } },
    { args: ["--port", "4011", "--docs", "site"], options: { port: 4011, docsDir: "site" } },
    { args: ["--no-cors"], options: { cors: false } },
    {
      args: ["--cors-origin", "http://localhost:5173", "--cors-origin", "https://app.example"],
      options: { cors: { origins: ["http://localhost:5173", "https://app.example"] } },
    },
    { args: ["--host", "0.0.0.0"], options: { host: "0.0.0.0" } },
    // IPv6 as URLs write it.
    { args: ["--host", "[::]"], options: { host: "::" } },
    { args: ["--specs", "my-api.yaml"], options: { specs: "my-api.yaml" } },
    // As `prism mock spec.yaml`.
    { args: ["my-api.yaml"], options: { specs: "my-api.yaml" } },
    { args: ["--port", "0", "specs/"], options: { port: 0, specs: "specs/" } },
    { args: ["--", "-odd.yaml"], options: { specs: "-odd.yaml" } },
    { args: ["--retry-after-max", "0"], options: { maxRetryAfterSeconds: 0 } },
    { args: ["--retry-after-max", "30"], options: { maxRetryAfterSeconds: 30 } },
    { args: ["--stateful"], options: { stateful: true } },
    { args: ["--no-fast-path"], options: { fastPath: false } },
    {
      args: [
        "--proxy",
        "twilio-flex=https://flex-api.twilio.com",
        "--proxy",
        "syllable=http://127.0.0.1:9000/base",
      ],
      options: {
        proxy: {
          "twilio-flex": "https://flex-api.twilio.com",
          syllable: "http://127.0.0.1:9000/base",
        },
      },
    },
    {
      args: [
        "--proxy",
        "syllable=http://127.0.0.1:9000",
        "--har",
        "out.har",
        "--upstream-timeout",
        "500",
      ],
      options: {
        proxy: { syllable: "http://127.0.0.1:9000" },
        har: "out.har",
        upstreamTimeoutMs: 500,
      },
    },
  ])("$args $env", ({ args, env = {}, options }) => {
    expect(parseCli(args, env)).toMatchObject({ action: "serve", options });
  });

  test("nothing given is absent, not undefined", () => {
    expect(parseCli([], {})).toStrictEqual({
      action: "serve",
      options: { port: 4010, host: "127.0.0.1", cors: { origins: "*" } },
      shutdownTimeoutMs: DEFAULT_SHUTDOWN_TIMEOUT_MS,
    });
  });

  test.each([
    { args: [], shutdownTimeoutMs: 5000 },
    { args: ["--shutdown-timeout", "0"], shutdownTimeoutMs: 0 },
    { args: ["--shutdown-timeout", "250"], shutdownTimeoutMs: 250 },
  ])("$args: requests in flight get $shutdownTimeoutMs ms", ({ args, shutdownTimeoutMs }) => {
    expect(parseCli(args, {})).toMatchObject({ action: "serve", shutdownTimeoutMs });
  });
});

describe("parseCli: help and version", () => {
  test.each([
    { args: ["--help"], action: "help" },
    { args: ["-h"], action: "help" },
    { args: ["--version"], action: "version" },
    { args: ["-v"], action: "version" },
    { args: ["--port", "abc", "--help"], action: "help" },
    { args: ["--version", "--help"], action: "help" },
  ])("$args: $action", ({ args, action }) => {
    expect(parseCli(args, {})).toStrictEqual({ action });
  });

  test("the usage lists every flag", () => {
    for (const [name, option] of Object.entries(CLI_OPTIONS)) {
      expect(USAGE).toContain(`--${name}`);
      if ("short" in option) expect(USAGE).toContain(`-${option.short}, --${name}`);
    }
  });
});

describe("parseCli: usage errors name the flag and its rule, on one line", () => {
  test.each<{ args: string[]; env?: NodeJS.ProcessEnv; error: string }>([
    { args: ["--bogus"], error: "unknown option --bogus" },
    { args: ["-x"], error: "unknown option -x" },
    { args: ["-hx"], error: "unknown option -x" },
    { args: ["--port"], error: "--port needs a value" },
    { args: ["--port="], error: "--port needs a value" },
    { args: ["--host", ""], error: "--host needs a value" },
    {
      args: ["--port", "--host", "x"],
      error:
        '--port needs a value, got "--host", which reads as an option (write --port=--host if it is the value)',
    },
    {
      args: ["--port", "-1"],
      error:
        '--port needs a value, got "-1", which reads as an option (write --port=-1 if it is the value)',
    },
    { args: ["--help=yes"], error: '--help takes no value, got "yes"' },
    { args: ["--no-cors=false"], error: '--no-cors takes no value, got "false"' },
    {
      args: ["--port", "abc"],
      error: '--port must be a whole number from 0 to 65535, got "abc"',
    },
    {
      args: ["--port", "70000"],
      error: '--port must be a whole number from 0 to 65535, got "70000"',
    },
    { args: ["--port=-1"], error: '--port must be a whole number from 0 to 65535, got "-1"' },
    {
      args: [],
      env: { MOCK_PORT: "http" },
      error: 'MOCK_PORT must be a whole number from 0 to 65535, got "http"',
    },
    {
      args: ["--retry-after-max", "1.5"],
      error: '--retry-after-max must be a whole number of seconds (0 or more), got "1.5"',
    },
    {
      args: ["--retry-after-max", "99999999999999999999"],
      error:
        '--retry-after-max must be a whole number of seconds (0 or more), got "99999999999999999999"',
    },
    // The URL is never echoed: it may carry credentials.
    {
      args: ["--proxy", "https://user:secret@flex-api.twilio.com"],
      error: "--proxy must be <vendor>=<http(s) URL>",
    },
    {
      args: ["--proxy", "twilio-flex=ftp://user:secret@host"],
      error: "--proxy must be <vendor>=<http(s) URL> (for twilio-flex)",
    },
    {
      args: ["--proxy", "a=http://x", "--proxy", "a=http://y"],
      error: "--proxy names a twice",
    },
    { args: ["--har", "out.har"], error: "--har goes with --proxy" },
    { args: ["--upstream-timeout", "100"], error: "--upstream-timeout goes with --proxy" },
    {
      args: ["--proxy", "a=http://x", "--upstream-timeout", "0"],
      error: "--upstream-timeout must be above 0",
    },
    {
      args: ["--shutdown-timeout", "5s"],
      error: '--shutdown-timeout must be whole milliseconds from 0 to 2147483647, got "5s"',
    },
    {
      // Past the longest timer Node has, which would fire at once.
      args: ["--shutdown-timeout", "2147483648"],
      error: '--shutdown-timeout must be whole milliseconds from 0 to 2147483647, got "2147483648"',
    },
    {
      args: ["--cors-origin", "localhost:5173"],
      error:
        '--cors-origin must be an origin (scheme://host[:port], nothing after it), got "localhost:5173"',
    },
    {
      args: ["--cors-origin", "http://a.example/app"],
      error:
        '--cors-origin must be an origin (scheme://host[:port], nothing after it), got "http://a.example/app"',
    },
    {
      args: ["--no-cors", "--cors-origin", "http://a.example"],
      error: "--cors-origin and --no-cors cannot go together",
    },
    {
      args: ["a.yaml", "b.yaml"],
      error:
        "expected one spec file or folder at most, got 2 arguments (a.yaml b.yaml); to serve several specs, give their folder",
    },
    {
      args: ["--specs", "a.yaml", "b.yaml"],
      error: "got --specs a.yaml and the argument b.yaml; give the specs once",
    },
  ])("$args $env: $error", ({ args, env = {}, error }) => {
    let thrown: unknown;
    try {
      parseCli(args, env);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).message).toBe(error);
  });
});
