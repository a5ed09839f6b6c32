/*
 * Prism's schema check without its fp-ts plumbing: Ajv instances set up exactly as prism-http
 * 5.12.0 sets up its own (validator/validators/utils.js: the same Ajv build for the schema's
 * draft, options, formats and date-time rule, all resolved as Prism resolves them), so a compiled
 * function here accepts exactly what Prism's accepts. Pinned with prism-internals.ts.
 */
import { createRequire } from "node:module";

/** A compiled schema: true when the value has no finding. */
export type SchemaCheck = (value: unknown) => boolean;

type AjvInstance = {
  compile(schema: object): SchemaCheck;
  addFormat(name: string, format: unknown): unknown;
};
type AjvClass = new (options: object) => AjvInstance;

const requireFromPrism = createRequire(
  createRequire(import.meta.url).resolve("@stoplight/prism-http"),
);

// Prism's options (its `baseAjvOptions`), but for three that cannot change a verdict here:
// - allErrors off: only whether anything is wrong is asked, not everything that is;
// - no schema validation: where Ajv would refuse a schema, Prism passes every value, so a value
//   this check refuses goes to Prism (the same answer) and one it passes is Prism's too;
// - no logger: Prism's only silences unknown-format warnings.
// The last two also spare a second copy of the meta-schemas Prism has compiled already.
const BASE_OPTIONS = {
  allErrors: false,
  allowUnionTypes: true,
  allowMatchingProperties: true,
  strict: false,
  validateSchema: false,
  logger: false,
};

const DRAFTS = {
  default: "ajv",
  draft2019_09: "ajv/dist/2019",
  draft2020_12: "ajv/dist/2020",
} as const;
type Draft = keyof typeof DRAFTS;

const instances = new Map<string, AjvInstance>();

function ajvFor(draft: Draft, coerce: boolean): AjvInstance {
  const key = `${draft} ${coerce}`;
  let ajv = instances.get(key);
  if (!ajv) {
    const module = requireFromPrism(DRAFTS[draft]) as { default: AjvClass };
    ajv = new module.default({ ...BASE_OPTIONS, coerceTypes: coerce });
    (requireFromPrism("ajv-formats") as { default: (ajv: AjvInstance) => void }).default(ajv);
    const dateTime = requireFromPrism(
      "@stoplight/prism-http/dist/validator/validators/dateTime",
    ) as {
      fmtDef(validate: unknown, compare: unknown): unknown;
      date_time: unknown;
      compareDateTime: unknown;
    };
    ajv.addFormat("date-time", dateTime.fmtDef(dateTime.date_time, dateTime.compareDateTime));
    instances.set(key, ajv);
  }
  return ajv;
}

// Prism's draft detection, by the schema's `$schema`.
const DRAFT_2019_09 = /^https?:\/\/json-schema.org\/draft\/2019-09\/schema#?$/;
const DRAFT_2020_12 = /^https?:\/\/json-schema.org\/draft\/2020-12\/schema#?$/;

function draftOf(schema: { $schema?: unknown }): Draft {
  const $schema = String(schema.$schema);
  if (DRAFT_2019_09.test($schema)) return "draft2019_09";
  if (DRAFT_2020_12.test($schema)) return "draft2020_12";
  return "default";
}

// Compiled once per schema, bundle and coercion, as Prism caches its own compiled functions.
const compiled = new WeakMap<object, WeakMap<object, Map<boolean, SchemaCheck>>>();
const NO_BUNDLE = {};

/**
 * The schema compiled as Prism compiles it (with the operation's bundled definitions beside it),
 * with type coercion or without, as Prism uses it for parameters and for bodies.
 */
export function compileSchemaCheck(schema: object, coerce: boolean, bundle: unknown): SchemaCheck {
  const bundleKey = typeof bundle === "object" && bundle !== null ? bundle : NO_BUNDLE;
  let byBundle = compiled.get(schema);
  if (!byBundle) compiled.set(schema, (byBundle = new WeakMap()));
  let byCoercion = byBundle.get(bundleKey);
  if (!byCoercion) byBundle.set(bundleKey, (byCoercion = new Map()));
  let check = byCoercion.get(coerce);
  if (!check) {
    const validate = ajvFor(draftOf(schema), coerce).compile({ ...schema, __bundled__: bundle });
    check = (value) => validate(value) === true;
    byCoercion.set(coerce, check);
  }
  return check;
}
