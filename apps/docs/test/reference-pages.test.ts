import { existsSync } from "node:fs";
import { expect, test } from "vitest";
import {
  buildDocsArgs,
  checkReferencePage,
  inlineRedoclyLogos,
  redoclyBin,
  redocOptions,
  REFERENCE_TEMPLATE,
  referenceTitle,
} from "../src/reference-pages.js";
import type { VendorModel } from "../src/site-model.js";

const vendor: VendorModel = {
  api: "things@v1",
  name: "things",
  key: "things",
  packageName: "@switchboard/things",
  auth: { scheme: "Bearer", kind: "bearer", options: { secret: "token" } },
  title: "Things API",
  version: "v1",
  lead: "",
  referencePage: "reference/things.html",
  operations: [
    {
      operationId: "updateThing",
      method: "put",
      path: "/things/{id}",
      summary: "Update a thing",
      tags: ["Things"],
      referenceHref: "reference/things.html#/things/updatething",
      security: [],
      pathParams: [],
      query: [],
    },
  ],
};

/** A page as build-docs writes it, trimmed to what the checks read. */
function page({
  head = "",
  options = {
    showExtensions: "x-provenance",
    disableTelemetry: true,
    skipBundle: true,
  },
  menu = `<a class="x" href="/things" data-discover="true">`,
  bundle = `src:e?\`https://cdn.redoc.ly/redoc/logo-mini-full.svg\`:\`https://cdn.redoc.ly/redoc/logo-mini.svg\``,
} = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><title>x</title>${head}</head><body>
<div id="redoc">${menu}</div>
<script type="module">
${bundle}
const __redoc_definition = {};
const __redoc_options = ${JSON.stringify(options)};
hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));
</script></body></html>`;
}

test("build-docs gets the spec with its notes moved, the inline bundle, our template, the title and both Redoc options", () => {
  expect(
    buildDocsArgs(
      { vendor, configPath: "/repo/redocly.yaml", outputFile: "/out/reference/things.html" },
      "/scratch/things/openapi.json",
    ),
  ).toEqual([
    "build-docs",
    "/scratch/things/openapi.json",
    "--config=/repo/redocly.yaml",
    "--inlineBundle",
    "--output=/out/reference/things.html",
    "--title=Things API — Switchboard",
    `--template=${REFERENCE_TEMPLATE}`,
    "--openapi.showExtensions=x-provenance",
    "--openapi.disableTelemetry=true",
  ]);
  expect(referenceTitle(vendor)).toBe("Things API — Switchboard");
  expect(existsSync(REFERENCE_TEMPLATE)).toBe(true);
});

test("the Redocly CLI is found where pnpm installed it", () => {
  expect(redoclyBin()).toMatch(/@redocly[/\\]cli[/\\]bin[/\\]cli\.js$/);
  expect(existsSync(redoclyBin())).toBe(true);
});

test("Redoc's CDN logos become inline images that cannot end its JS strings", () => {
  const html = inlineRedoclyLogos(page());
  expect(html).not.toContain("cdn.redoc.ly");
  const uris = [...html.matchAll(/`(data:image\/svg\+xml,[^`]*)`/g)].map((m) => m[1]!);
  expect(uris).toHaveLength(2);
  for (const uri of uris) expect(uri).toMatch(/^data:image\/svg\+xml,[\w%.!~*'()-]+$/);
  expect(() => checkReferencePage(html, vendor)).not.toThrow();
});

test.each([
  ["the CDN logo is left in", page(), /still loads https:\/\/cdn\.redoc\.ly/],
  [
    "a script comes from a CDN",
    inlineRedoclyLogos(page({ head: `<script src="https://cdn.redocly.com/redoc.js"></script>` })),
    /loads from other origins: https:\/\/cdn\.redocly\.com\/redoc\.js/,
  ],
  [
    "a web font is linked",
    inlineRedoclyLogos(
      page({
        head: `<link href="https://fonts.googleapis.com/css?family=Roboto" rel="stylesheet">`,
      }),
    ),
    /fonts\.googleapis\.com/,
  ],
  [
    "telemetry is on",
    inlineRedoclyLogos(
      page({
        options: {
          showExtensions: "x-provenance",
          disableTelemetry: false,
        } as never,
      }),
    ),
    /telemetry is not disabled/,
  ],
  [
    "x-provenance is not shown",
    inlineRedoclyLogos(
      page({ options: { showExtensions: "x-other", disableTelemetry: true } as never }),
    ),
    /does not show x-provenance/,
  ],
  [
    "the menu has another slug for the tag",
    inlineRedoclyLogos(page({ menu: `<a href="/things-1">` })),
    /no \/things for updateThing's tag/,
  ],
])("a page is refused when %s", (_, html, message) => {
  expect(() => checkReferencePage(html, vendor)).toThrow(message);
});

test("redocOptions reads the options build-docs wrote", () => {
  expect(redocOptions(page())).toEqual({
    showExtensions: "x-provenance",
    disableTelemetry: true,
    skipBundle: true,
  });
  expect(redocOptions("<html></html>")).toBeUndefined();
});
