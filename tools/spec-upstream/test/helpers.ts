import { readFileSync } from "node:fs";
import { parse } from "yaml";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const OURS = read("ours.yaml");
const UPSTREAM = read("upstream.yaml");

/** Fresh copies of the fixture pair (the same API, written in 3.1 and in 3.0), each to edit. */
export function fixturePair(): { ours: Json; upstream: Json } {
  return { ours: parse(OURS) as Json, upstream: parse(UPSTREAM) as Json };
}

/** The request body schema of the fixture's one operation, in either document. */
export function requestSchema(document: Json): Json {
  const schemas = document.components.schemas;
  return schemas.WidgetUpdate ?? schemas.widget_update;
}

export function operationOf(document: Json): Json {
  const [pathItem] = Object.values(document.paths as Json);
  return (pathItem as Json).post;
}
