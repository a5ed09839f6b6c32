import type { UpdateError } from "./update-error.js";

export interface UpdateSuccess<Data> {
  readonly ok: true;
  /** The vendor's answer, typed from the spec's success response. */
  readonly data: Data;
  readonly status: number;
  readonly requestId: string | null;
  /** Requests sent, retries included. */
  readonly attempts: number;
}

export interface UpdateFailure {
  readonly ok: false;
  readonly error: UpdateError;
}

/** What every update resolves to; HTTP and network failures never reject. */
export type UpdateResult<Data> = UpdateSuccess<Data> | UpdateFailure;
