/**
 * The try pages from the specs: each operation's form model read off its spec (table-driven
 * over every manifest vendor), the page's HTML and its escaping, and the reference links.
 */
import {
  documentedResponses,
  effectiveParameters,
  namedExamples,
  resolveNode,
  specOperations,
} from "@switchboard/client-runtime/spec";
import { describe, expect, test } from "vitest";
import { externalResources } from "../src/external-resources.js";
import { decodeHtml } from "../src/html.js";
import { sampleCredential } from "../src/sample-credentials.js";
import { buildSiteModel } from "../src/site-model.js";
import {
  jsonScriptText,
  renderTryPage,
  START_GATEWAY_COMMAND,
  TRY_SCRIPT_ASSET,
} from "../src/try-it/render-try-page.js";
import { TRY_LINK_TEXT, withTryItLinks } from "../src/try-it/try-links.js";
import { tryPageModel, tryScriptData } from "../src/try-it/try-page-model.js";
import { bundledSpecs, manifest, mockReadme } from "./support.js";

const siteModel = buildSiteModel(bundledSpecs);
const vendors = bundledSpecs.map(({ vendor, document }) => {
  const model = siteModel.vendors.find((v) => v.name === vendor.name)!;
  return {
    prefix: vendor.name,
    vendor,
    model,
    document,
    page: tryPageModel(model, vendor, document),
  };
});
const operations = vendors.flatMap(({ prefix, vendor, document, page }) =>
  specOperations(document).map((spec) => ({
    label: `${prefix}.${spec.operationId}`,
    vendor,
    document,
    spec,
    page,
    operation: page.operations.find((o) => o.operationId === spec.operationId)!,
  })),
);

test("one page per manifest vendor, one form per operation of its spec", () => {
  expect(vendors.map(({ page }) => page.href)).toEqual(
    manifest.vendors.map(({ name }) => `try/${name}.html`),
  );
  for (const { page, document } of vendors) {
    expect(page.operations.map((o) => o.operationId)).toEqual(
      specOperations(document).map((o) => o.operationId),
    );
  }
});

describe.each(operations)("$label", ({ vendor, document, spec, page, operation }) => {
  test("method, path, error format and credentials of the manifest", () => {
    expect(operation.method).toBe(spec.method);
    expect(operation.path).toBe(spec.path);
    expect(page.errorFormat).toBe(vendor.errorFormat);
    expect(page.credentials).toEqual(
      Object.entries(sampleCredential(vendor.auth).options).map(([name, value]) => ({
        name,
        value,
      })),
    );
    expect(operation.auth?.secret).toBe(vendor.auth.options.secret);
  });

  test("a field per path, query and header parameter, named as the spec spells it", () => {
    const parameters = effectiveParameters(document, spec)
      .map(({ parameter }) => parameter)
      .filter((parameter) => parameter.in !== "cookie");
    expect(operation.fields.map((f) => [f.in, f.name])).toEqual(
      parameters.map((p) => [p.in, p.name]),
    );
    for (const field of operation.fields.filter((f) => f.in === "path")) {
      expect(field.value, field.name).not.toBe("");
    }
  });

  test("every documented request example, the first one first", () => {
    const requestBody = resolveNode(document, spec.operation.requestBody) as
      { content?: Record<string, unknown> } | undefined;
    const [mediaType] = Object.keys(requestBody?.content ?? {});
    if (mediaType === undefined) return expect(operation.body).toBeNull();
    const examples = namedExamples(document, requestBody?.content?.[mediaType]);
    expect(operation.body?.mediaType).toBe(mediaType);
    expect(operation.body?.examples.map((e) => e.name)).toEqual(examples.map((e) => e.name));
    expect(operation.body?.examples.length).toBeGreaterThan(0);
  });

  test("fault statuses and Prefer choices are the documented ones", () => {
    const responses = documentedResponses(document, spec);
    expect(operation.faultStatuses).toEqual(
      responses.map((r) => r.status).filter((s) => /^[45]\d\d$/.test(s)),
    );
    const named = responses.flatMap((r) => r.examples.map((name) => `${r.status}: ${name}`));
    for (const { label, value } of operation.preferences) {
      expect(named).toContain(label);
      expect(value).toMatch(/^(code=\d{3}, )?example=/);
    }
    expect(operation.preferences.length).toBeGreaterThan(0);
  });
});

describe.each(vendors)("the page of $prefix", ({ page }) => {
  const html = renderTryPage(page);

  test("loads only its same-origin module script, under a CSP that allows nothing else", () => {
    expect(externalResources(html)).toEqual([]);
    expect(html).toContain(`<script type="module" src="../${TRY_SCRIPT_ASSET}"></script>`);
    expect(html).toMatch(
      /Content-Security-Policy" content="[^"]*script-src 'self'; connect-src 'self'"/,
    );
    expect(html).toContain('<a href="../index.html">Switchboard</a>');
  });

  test("a disabled form per operation, with the command that starts the gateway", () => {
    const forms = [...html.matchAll(/<form class="try-form" data-operation="([^"]+)"/g)];
    expect(forms.map((m) => decodeHtml(m[1]!))).toEqual(page.operations.map((o) => o.operationId));
    expect(html.match(/<fieldset class="try-fields" disabled>/g)).toHaveLength(forms.length);
    expect(html).toContain(
      `Start <code>npx switchboard-mock --docs &lt;site folder&gt;</code> to try this.`,
    );
  });

  test("embeds the script's data, readable back as it was", () => {
    const json = /<script type="application\/json" id="try-data">(.*?)<\/script>/s.exec(html)?.[1];
    expect(JSON.parse(json!)).toEqual(tryScriptData(page));
  });
});

test("the offline command is the one the mock's README documents", () => {
  const [command] = START_GATEWAY_COMMAND.split(" <");
  expect(mockReadme).toContain(`${command} `);
});

describe("escaping", () => {
  test.each([["</script><script>alert(1)</script>"], ["<!-- a comment"], ["a\u2028b & c > d"]])(
    "jsonScriptText(%j) cannot leave its script element",
    (text) => {
      const out = jsonScriptText({ text });
      expect(out).not.toMatch(/[<>&\u2028]/);
      expect(JSON.parse(out)).toEqual({ text });
    },
  );

  test("examples, names and summaries from a spec are escaped in the form", () => {
    const [{ page }] = vendors as [(typeof vendors)[number]];
    const hostile = '"><img src=x onerror=alert(1)>';
    const [first] = page.operations as [(typeof page.operations)[number]];
    const html = renderTryPage({
      ...page,
      credentials: [{ name: hostile, value: hostile }],
      operations: [
        {
          ...first,
          summary: hostile,
          fields: [{ name: hostile, in: "query", value: hostile, required: false }],
          body: first.body && {
            ...first.body,
            examples: [
              { name: hostile, value: { text: `</textarea>${hostile}` } },
              { name: "b", value: 1 },
            ],
          },
          preferences: [{ value: hostile, label: hostile }],
        },
      ],
    });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;/textarea&gt;");
    expect(html.match(/<\/textarea>/g)).toHaveLength(1);
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("withTryItLinks", () => {
  test.each(vendors)(
    "$prefix: every operation's description ends with its try link",
    ({ prefix, document }) => {
      const linked = withTryItLinks(document, prefix);
      for (const { operationId, operation } of specOperations(linked)) {
        expect(String(operation.description)).toMatch(
          new RegExp(`\\[${TRY_LINK_TEXT}\\]\\(\\.\\./try/${prefix}\\.html#try-${operationId}\\)$`),
        );
      }
      // The bundled spec itself is left as it was.
      expect(JSON.stringify(document)).not.toContain(TRY_LINK_TEXT);
    },
  );
});
