import { describe, expect, test } from "vitest";
import { parseCli } from "../src/cli-options.js";

describe("parseCli", () => {
  test.each<{ args: string[]; env?: NodeJS.ProcessEnv; options: object }>([
    { args: [], options: { port: 4010, host: "127.0.0.1", cors: { origins: "*" } } },
    { args: [], env: { MOCK_PORT: "0" }, options: { port: 0 } },
    { args: ["--port", "4011", "--docs", "site"], options: { port: 4011, docsDir: "site" } },
    { args: ["--no-cors"], options: { cors: false } },
    {
      args: ["--cors-origin", "http://localhost:5173", "--cors-origin", "https://app.example"],
      options: { cors: { origins: ["http://localhost:5173", "https://app.example"] } },
    },
  ])("$args", ({ args, env = {}, options }) => {
    expect(parseCli(args, env)).toMatchObject({ help: false, options });
  });

  test("--help asks for the usage", () => {
    expect(parseCli(["--help"], {})).toStrictEqual({ help: true });
  });

  test.each([
    {
      args: ["--port", "70000"],
      error: '--port must be a whole number from 0 to 65535, got "70000"',
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
  ])("$args: $error", ({ args, error }) => {
    expect(() => parseCli(args, {})).toThrow(error);
  });
});
