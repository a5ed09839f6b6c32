import type { ErrorFormatName } from "@switchboard/client-runtime/spec";
import { describe, expect, test } from "vitest";
import { redirectsTrailingSlash, trailingSlashVariant } from "../../src/engine/trailing-slash.js";

describe("trailingSlashVariant: the other form, as Starlette tries it", () => {
  test.each([
    { path: "/api/v1/channels", variant: "/api/v1/channels/" },
    { path: "/api/v1/channels/", variant: "/api/v1/channels" },
    { path: "/api/v1/campaigns/7///", variant: "/api/v1/campaigns/7" },
    { path: "/a", variant: "/a/" },
    { path: "/", variant: undefined },
    { path: "///", variant: undefined },
  ])("$path → $variant", ({ path, variant }) => {
    expect(trailingSlashVariant(path)).toBe(variant);
  });
});

describe("redirectsTrailingSlash: only a FastAPI server is known to redirect", () => {
  test.each([
    { format: "fastapi", redirects: true },
    { format: "twilio", redirects: false },
    { format: "problem", redirects: false },
  ] satisfies { format: ErrorFormatName; redirects: boolean }[])(
    "$format: $redirects",
    ({ format, redirects }) => {
      expect(redirectsTrailingSlash(format)).toBe(redirects);
    },
  );
});
