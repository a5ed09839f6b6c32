import { constants } from "node:os";

export const SHUTDOWN_SIGNALS = ["SIGINT", "SIGTERM"] as const;
export type ShutdownSignal = (typeof SHUTDOWN_SIGNALS)[number];

/** The status of a process a signal ends, as shells report it: 130 for SIGINT, 143 for SIGTERM. */
export function signalExitCode(signal: ShutdownSignal): number {
  return 128 + constants.signals[signal];
}

export interface Shutdown {
  /** Stops serving gracefully: requests in flight finish, up to a deadline. */
  stop(): Promise<void>;
  exit(code: number): void;
  /** Prints one line of news to stdout: stderr is for what went wrong. */
  say(line: string): void;
  /** Prints one line to stderr. */
  warn(line: string): void;
}

/**
 * On SIGINT or SIGTERM, stops gracefully and exits 0 (1 if stopping failed). A second signal,
 * from someone who will not wait, exits at once with that signal's status.
 */
export function exitOnSignals(
  signals: Pick<NodeJS.EventEmitter, "on">,
  { stop, exit, say, warn }: Shutdown,
): void {
  let stopping = false;
  const onSignal = (signal: ShutdownSignal) => {
    if (stopping) return exit(signalExitCode(signal));
    stopping = true;
    say("switchboard-mock: stopping…");
    stop().then(
      () => exit(0),
      (error: unknown) => {
        warn(`switchboard-mock: could not stop cleanly: ${(error as Error).message}`);
        exit(1);
      },
    );
  };
  for (const signal of SHUTDOWN_SIGNALS) signals.on(signal, () => onSignal(signal));
}
