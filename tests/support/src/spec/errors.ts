import type { ErrorObject } from "ajv/dist/2020.js";

/** One Ajv error, trimmed to what the tests compare. */
export interface ErrorSummary {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Ajv's errors, trimmed to what the tests compare (`[]` for none). */
export function errorSummary(errors: ErrorObject[] | null | undefined): ErrorSummary[] {
  return (errors ?? []).map(({ keyword, instancePath, params, message }) => ({
    keyword,
    instancePath,
    params,
    ...(message === undefined ? {} : { message }),
  }));
}
