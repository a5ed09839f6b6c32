import type { Client, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { HttpMethod, MediaType, PathsWithMethod } from "openapi-typescript-helpers";

type Methods = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

/**
 * An openapi-fetch method whose options are checked exactly. openapi-fetch infers the options
 * type from the argument, so a misspelt body field compiles there; here the options have the
 * operation's own type, so TypeScript rejects unknown properties at every depth.
 */
export type StrictClientMethod<
  Paths extends Record<string, Record<HttpMethod, object>>,
  Method extends HttpMethod,
  Media extends MediaType,
> = <Path extends PathsWithMethod<Paths, Method>>(
  url: Path,
  ...init: undefined extends MaybeOptionalInit<Paths[Path], Method>
    ? [init?: MaybeOptionalInit<Paths[Path], Method>]
    : [init: MaybeOptionalInit<Paths[Path], Method>]
) => Promise<FetchResponse<Paths[Path][Method], MaybeOptionalInit<Paths[Path], Method>, Media>>;

/** openapi-fetch's client with every HTTP method's options checked exactly. */
export type StrictClient<Paths extends object, Media extends MediaType = MediaType> = Omit<
  Client<Paths, Media>,
  Methods
> & {
  [Method in Methods]: StrictClientMethod<
    Paths & Record<string, Record<HttpMethod, object>>,
    Lowercase<Method>,
    Media
  >;
};
