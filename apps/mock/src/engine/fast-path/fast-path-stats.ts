/** How many requests the fast path answered, in all and by operation (`vendor.operationId`). */
export interface FastPathStats {
  answered: number;
  byOperation: Record<string, number>;
}

/** Counts the fast path's answers; read by `engine.fastPathStats()`. */
export class FastPathCounter {
  #answered = 0;
  readonly #byOperation = new Map<string, number>();

  count(operation: string): void {
    this.#answered += 1;
    this.#byOperation.set(operation, (this.#byOperation.get(operation) ?? 0) + 1);
  }

  snapshot(): FastPathStats {
    return { answered: this.#answered, byOperation: Object.fromEntries(this.#byOperation) };
  }
}
