import { createRequire } from "node:module";
import type * as PrismHttp from "@stoplight/prism-http";
import type * as PrismPreferences from "@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js";
import { deferredCalls, lazyFunction, lazyObject, withStubModules } from "./stub-module.js";

// Loads Prism through here, never by a value import, so the stubs below are in place first.
const require = createRequire(import.meta.url);
const requireFromPrism = createRequire(require.resolve("@stoplight/prism-http"));
const requireFromPrismCore = createRequire(requireFromPrism.resolve("@stoplight/prism-core"));
const requireFromRefParser = createRequire(
  requireFromPrism.resolve("@stoplight/json-schema-ref-parser"),
);

/** A module as the package that requires it finds it. */
interface RarelyUsed {
  from: NodeJS.Require;
  id: string;
  stub: () => unknown;
}

/**
 * Modules prism-http requires when it loads but uses only on rare paths, standing in for them
 * until first used. They were over half of the gateway's startup.
 */
const RARELY_USED: RarelyUsed[] = [
  // All of faker (every locale, about a second) for json-schema-faker, which calls it only for
  // `Prefer: dynamic=true` with an `x-faker` schema. English is Prism's locale.
  {
    from: requireFromPrism,
    id: "@faker-js/faker",
    stub: () => {
      const faker = lazyObject<object>(() => requireFromPrism("@faker-js/faker/locale/en"));
      return { __esModule: true, default: faker, faker };
    },
  },
  // Postman collection support (about 0.1 s, with an older faker of its own).
  {
    from: requireFromPrism,
    id: "@stoplight/http-spec/postman/operation",
    stub: () =>
      lazyObject<object>(() => requireFromPrism("@stoplight/http-spec/postman/operation")),
  },
  // json-schema-faker (about 0.1 s, with a YAML parser and a JavaScript parser of its own),
  // configured as Prism loads but used only to generate data: `Prefer: dynamic=true`, or a
  // value the spec gives no example of.
  {
    from: requireFromPrism,
    id: "json-schema-faker",
    stub: () => {
      const real = () => requireFromPrism("json-schema-faker") as Record<string, object>;
      const JSONSchemaFaker = deferredCalls(
        () => real().JSONSchemaFaker as object,
        ["extend", "option"],
      );
      return new Proxy(
        {},
        {
          get: (_, key) => (key === "JSONSchemaFaker" ? JSONSchemaFaker : Reflect.get(real(), key)),
          has: (_, key) => Reflect.has(real(), key),
        },
      );
    },
  },
  // node-fetch (about 50 ms), for Prism's proxy and callbacks and remote `$ref`s: none of them
  // the gateway's (its own proxy uses Node's fetch).
  {
    from: requireFromPrism,
    id: "node-fetch",
    stub: () => lazyFunction(() => requireFromPrism("node-fetch") as () => unknown),
  },
  // A YAML parser (about 50 ms) for `$ref`s to YAML files: the gateway hands Prism documents.
  {
    from: requireFromRefParser,
    id: "@stoplight/yaml",
    stub: () => lazyObject<object>(() => requireFromRefParser("@stoplight/yaml")),
  },
  // lodash/fp (about 0.1 s, a second lodash), for Prism to tag a failed credential check:
  // loaded by the first request that fails one.
  {
    from: requireFromPrism,
    id: "lodash/fp",
    stub: () => lazyFunction(() => requireFromPrism("lodash/fp") as () => unknown),
  },
  // pino (about 30 ms), for Prism's own logger: the gateway hands it a silent one.
  {
    from: requireFromPrismCore,
    id: "pino",
    stub: () => lazyFunction(() => requireFromPrismCore("pino") as () => unknown),
  },
];

function loadPrismHttp(): typeof PrismHttp {
  const stubs = new Map<string, unknown>();
  for (const { from, id, stub } of RARELY_USED) {
    try {
      stubs.set(from.resolve(id), stub());
    } catch {
      // Not installed where this Prism release expects it: Prism loads as it would anyway.
    }
  }
  return withStubModules(stubs, () => require("@stoplight/prism-http") as typeof PrismHttp);
}

export const prismHttp: typeof PrismHttp = loadPrismHttp();

// Requires prism-http too, so it is loaded after it.
export const getHttpConfigFromRequest: typeof PrismPreferences.getHttpConfigFromRequest = (
  require("@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js") as typeof PrismPreferences
).getHttpConfigFromRequest;
