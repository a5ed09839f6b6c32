import { createRequire } from "node:module";
import type * as PrismHttp from "@stoplight/prism-http";
import type * as PrismPreferences from "@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js";
import { lazyObject, withStubModules } from "./stub-module.js";

// Loads Prism through here, never by a value import, so the stubs below are in place first.
const require = createRequire(import.meta.url);
const requireFromPrism = createRequire(require.resolve("@stoplight/prism-http"));

/**
 * Modules prism-http requires when it loads but uses only on rare paths, standing in for them
 * until first used. They were over half of the gateway's startup.
 */
const RARELY_USED: Record<string, () => unknown> = {
  // All of faker (every locale, about a second) for json-schema-faker, which calls it only for
  // `Prefer: dynamic=true` with an `x-faker` schema. English is Prism's locale.
  "@faker-js/faker": () => {
    const faker = lazyObject<object>(() => requireFromPrism("@faker-js/faker/locale/en"));
    return { __esModule: true, default: faker, faker };
  },
  // Postman collection support (about 0.1 s, with an older faker of its own).
  "@stoplight/http-spec/postman/operation": () =>
    lazyObject<object>(() => requireFromPrism("@stoplight/http-spec/postman/operation")),
};

function loadPrismHttp(): typeof PrismHttp {
  const stubs = new Map<string, unknown>();
  for (const [id, stub] of Object.entries(RARELY_USED)) {
    try {
      stubs.set(requireFromPrism.resolve(id), stub());
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
