import { boundedMemo } from "../bounded-memo.js";

/** What the engine reads off a `Content-Type` value. */
export interface MediaType {
  /** Without parameters, lower case: `application/json`; "" when there is none. */
  readonly name: string;
  /** Whether it is JSON (`application/json`, `application/merge-patch+json`...). */
  readonly json: boolean;
}

/** The media type of a `Content-Type` value, read once per distinct value. */
export const mediaTypeOf: (contentType: string) => MediaType = boundedMemo((contentType) => {
  const name = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return { name, json: /json/.test(name) };
});
