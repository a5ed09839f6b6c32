import type { MockResponse } from "../../types.js";

/**
 * Prism's answer to a valid request, by the request's `Accept` (the only part of a valid request
 * Prism's mocker reads): deep-copied from Prism's first answer and frozen, so no later answer
 * built from it can change it. Keeps a few `Accept` values per operation; a request with
 * another one is left to Prism.
 */
export class SeededAnswers {
  readonly #byAccept = new Map<string, Readonly<MockResponse>>();

  constructor(private readonly limit = 4) {}

  get(accept: string | undefined): Readonly<MockResponse> | undefined {
    return this.#byAccept.get(accept ?? "");
  }

  /** Whether an answer for this `Accept` is kept, or room is left for one. */
  takes(accept: string | undefined): boolean {
    return this.#byAccept.has(accept ?? "") || this.#byAccept.size < this.limit;
  }

  /** Keeps a copy of the answer; the copy, frozen, is what later requests get. */
  seed(accept: string | undefined, answer: MockResponse): Readonly<MockResponse> {
    const kept = deepFreeze(structuredClone(answer));
    this.#byAccept.set(accept ?? "", kept);
    return kept;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
