import { hash } from "node:crypto";

/** How many redactions a memo keeps: a test suite's distinct headers and bodies, many times over. */
export const MEMO_ENTRIES = 256;
/** Inputs longer than this (characters, or bytes of a Buffer) are redacted afresh each time. */
export const MEMO_MAX_INPUT = 16 * 1024;

/**
 * The redacted JSON of inputs seen lately: clients send the same headers and bodies again and
 * again, and redacting them costs several times what hashing them does. An input is known only
 * by a SHA-256 of it, so the memo holds what redaction left and never a credential. The least
 * recently used entry goes first.
 */
export class RedactionMemo {
  /** Oldest first: a Map iterates in insertion order, and a hit is moved to the end. */
  readonly #entries = new Map<string, string>();

  constructor(
    readonly limit = MEMO_ENTRIES,
    readonly maxInput = MEMO_MAX_INPUT,
  ) {}

  /** How many redactions it holds now. */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * What `redact()` gives for this input, redacted once per `kind` (what the input is and how it
   * is read: `headers`, a body's media type...). `redact` must depend on `kind` and `input` only.
   */
  redacted(kind: string, input: string | Buffer, redact: () => string): string {
    if (input.length > this.maxInput) return redact();
    // The kind's length first, so no kind and input run into another pair's.
    const prefix = `${kind.length}:${kind}`;
    // One call: the copy of at most maxInput bytes costs less than a streaming hash's setup.
    const key = hash(
      "sha256",
      typeof input === "string" ? prefix + input : Buffer.concat([Buffer.from(prefix), input]),
      "base64",
    );
    const known = this.#entries.get(key);
    if (known !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, known);
      return known;
    }
    const output = redact();
    this.#entries.set(key, output);
    if (this.#entries.size > this.limit) {
      for (const oldest of this.#entries.keys()) {
        this.#entries.delete(oldest);
        break;
      }
    }
    return output;
  }

  /** Every key and output it holds, least recently used first: what a heap dump would show. */
  held(): string[] {
    return [...this.#entries].flat();
  }
}
