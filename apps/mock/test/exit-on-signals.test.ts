import { EventEmitter } from "node:events";
import { describe, expect, test, vi } from "vitest";
import { exitOnSignals, signalExitCode, type ShutdownSignal } from "../src/exit-on-signals.js";

/** A process stand-in: signals are events, `stop` settles when the test says. */
function harness() {
  const signals = new EventEmitter();
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const stop = vi.fn(() => new Promise<void>((resolve, reject) => (settle = { resolve, reject })));
  const exit = vi.fn<(code: number) => void>();
  const say = vi.fn<(line: string) => void>();
  const warn = vi.fn<(line: string) => void>();
  exitOnSignals(signals, { stop, exit, say, warn });
  // Lets the `then` after `stop` run.
  const settled = () => new Promise((resolve) => setImmediate(resolve));
  return { signals, stop, exit, say, warn, settle: () => settle, settled };
}

describe.each<{ signal: ShutdownSignal; code: number }>([
  { signal: "SIGINT", code: 130 },
  { signal: "SIGTERM", code: 143 },
])("$signal", ({ signal, code }) => {
  test(`its exit status is ${code}, as shells report it`, () => {
    expect(signalExitCode(signal)).toBe(code);
  });

  test("the first stops gracefully, says so on one line, then exits 0", async () => {
    const { signals, stop, exit, say, warn, settle, settled } = harness();
    signals.emit(signal);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(say.mock.calls).toStrictEqual([["switchboard-mock: stopping…"]]);
    expect(warn.mock.calls).toStrictEqual([]);
    await settled();
    expect(exit).not.toHaveBeenCalled();

    settle().resolve();
    await settled();
    expect(exit.mock.calls).toStrictEqual([[0]]);
  });

  test(`a second, while stopping, exits at once with ${code}`, () => {
    const { signals, stop, exit } = harness();
    signals.emit(signal);
    signals.emit(signal);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exit.mock.calls).toStrictEqual([[code]]);
  });
});

test("a second signal of the other kind exits with its own status", () => {
  const { signals, exit } = harness();
  signals.emit("SIGTERM");
  signals.emit("SIGINT");
  expect(exit.mock.calls).toStrictEqual([[130]]);
});

test("stopping that fails: its message on one line, exit 1", async () => {
  const { signals, exit, warn, settle, settled } = harness();
  signals.emit("SIGTERM");
  settle().reject(new Error("the server was not running"));
  await settled();
  expect(warn.mock.calls.at(-1)).toStrictEqual([
    "switchboard-mock: could not stop cleanly: the server was not running",
  ]);
  expect(exit.mock.calls).toStrictEqual([[1]]);
});
