/** Why an attempt ended before its answer: its `timeoutMs` passed, or the caller aborted. */
export type DeadlineReason = "timeout" | "aborted";

/**
 * When one attempt must give up: after `timeoutMs`, or as soon as the caller's signal fires.
 * `reached` rejects then, so an attempt raced against it ends on time even with a `fetch` that
 * ignores signals; `signal` tells the `fetch` to stop. The signal is made on first read: on
 * Node 20 an `AbortSignal` costs more than the rest of an attempt's own work, and a `fetch`
 * that never reads it could not listen to it.
 */
export class AttemptDeadline {
  /** Why the attempt ended early; undefined while it has not. */
  reason: DeadlineReason | undefined;
  /** Rejects when the deadline is reached; never resolves. */
  readonly reached: Promise<never>;
  readonly #controller = new AbortController();
  readonly #callerSignal: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  #signalRead = false;
  #reject!: (error: unknown) => void;
  #error: unknown;

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.reached = new Promise<never>((_, reject) => (this.#reject = reject));
    // Handled here too: an attempt that ended before racing it leaves no unhandled rejection.
    this.reached.catch(() => {});
    this.#timer = setTimeout(() => this.#end("timeout"), timeoutMs);
    this.#callerSignal = callerSignal;
    callerSignal?.addEventListener("abort", this.#onCallerAbort);
  }

  /** Aborts when the deadline is reached (at once if it was); what the `fetch` is given. */
  get signal(): AbortSignal {
    if (!this.#signalRead) {
      this.#signalRead = true;
      if (this.reason !== undefined) this.#controller.abort(this.#error);
    }
    return this.#controller.signal;
  }

  /** Ends the deadline with the attempt: no timer or listener outlives it. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#callerSignal?.removeEventListener("abort", this.#onCallerAbort);
  }

  readonly #onCallerAbort = (): void => this.#end("aborted");

  #end(reason: DeadlineReason): void {
    if (this.reason !== undefined) return;
    this.reason = reason;
    this.#error =
      reason === "timeout"
        ? new DOMException("the attempt's timeout passed", "TimeoutError")
        : this.#callerSignal?.reason;
    this.clear();
    if (this.#signalRead) this.#controller.abort(this.#error);
    this.#reject(this.#error);
  }
}
