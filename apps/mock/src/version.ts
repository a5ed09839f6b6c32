import { readFileSync } from "node:fs";

/** This package's version, as `/__health` reports it. */
export const GATEWAY_VERSION: string = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).version;
