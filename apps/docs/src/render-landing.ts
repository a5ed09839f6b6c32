import { MOCK_GATEWAY_ORIGIN } from "@switchboard/codegen";
import { gatewayBaseUrl } from "./curl-example.js";
import { escapeHtml } from "./html.js";
import { plainText } from "./markdown.js";
import { renderPage } from "./page-shell.js";
import type { SiteModel } from "./site-model.js";
import { tryPageHref } from "./try-it/try-page-model.js";
import { CODE_SAMPLES_CSP, CODE_SAMPLES_HEAD } from "./code-samples/landing-samples.js";
import {
  apiSection,
  clientSampleSection,
  codeSamplesSection,
  curlSection,
} from "./vendor-sections.js";

/** The mock's README sections the landing page points to, by title: each must exist. */
export const MOCK_GUIDE_LINKS = [
  [
    "Control it from the test",
    "typed helpers: queued answers, journal queries and waits, sessions, reset",
  ],
  ["Stateful mode", "updates that later requests see"],
  ["In the test process: MSW", "the same engine as MSW handlers, no port"],
  ["Validating proxy", "the real vendor's answers checked against the spec"],
  ["Recipes", "vitest set-ups: a shared gateway, one per file, a fault for one test, npx"],
  ["What the gateway adds", "x-mock-fault, Prefer, echo, the journal, vendor error shapes"],
] as const;

/** The landing page, `index.html`: every vendor API and operation, install, mock and curl. */
export function renderLanding(model: SiteModel, mockGuide: ReadonlyMap<string, string>): string {
  const { vendors } = model;
  return renderPage({
    title: "Switchboard API docs",
    description: `Switchboard: typed clients and a mock gateway for ${vendors.map((v) => v.title).join(", ")}, generated from their OpenAPI specs.`,
    nav: [
      ["#apis", "APIs"],
      ["#install", "Install"],
      ["#mock", "Mock gateway"],
      ["#curl", "curl"],
      ["#samples", "Code samples"],
    ],
    // The code samples' tabs and copy buttons: one same-origin script.
    csp: CODE_SAMPLES_CSP,
    head: CODE_SAMPLES_HEAD,
    main: `<h1 id="top">Switchboard API docs</h1>
<p class="intro">Switchboard gives contact-centre and conversational-AI vendor APIs one typed
TypeScript client each, one facade over all of them (<code>@switchboard/sdk</code>), and a mock
gateway that serves every vendor from its spec. Everything here, these docs included, is
generated from the hand-curated OpenAPI specs, so the docs, the clients and the mock cannot
disagree.</p>
<nav aria-label="Reference pages" class="reference-nav">
<h2 id="reference" class="visually-hidden">Reference pages</h2>
<ul>
${vendors.map((vendor) => `<li><a href="${escapeHtml(vendor.referencePage)}">${plainText(vendor.title)}</a></li>`).join("\n")}
</ul>
</nav>

<section aria-labelledby="apis">
<h2 id="apis">Vendor APIs</h2>
<p>Each API has a full reference page (rendered from its spec by Redoc, with Switchboard's
curation notes and provenance marks) and a gateway prefix on the mock.</p>
<p class="try-links">Try it: send every operation to the mock gateway serving these docs,
${vendors.map((vendor) => `<a href="${escapeHtml(tryPageHref(vendor.name))}">${plainText(vendor.title)}</a>`).join(", ")}.</p>
${vendors.map(apiSection).join("\n")}
</section>

<section aria-labelledby="install">
<h2 id="install">Install a client</h2>
<p>The facade covers every vendor: one object, requests validated against the spec before
they are sent, retries, timeouts and one result shape.</p>
<pre><code>npm install @switchboard/sdk</code></pre>
<p>Each vendor also has a typed client of its own (an openapi-fetch client generated from its
spec), for when one vendor is all you need:</p>
<pre><code>${vendors.map((vendor) => `npm install ${escapeHtml(vendor.packageName)}`).join("\n")}</code></pre>
${vendors.map(clientSampleSection).join("\n")}
</section>

<section aria-labelledby="mock">
<h2 id="mock">Point a client at the mock gateway</h2>
<p>The mock gateway (<code>@switchboard/mock</code>) serves every vendor from its spec: it
validates each request as the vendor would, answers with the documented examples, and keeps a
journal a test can query. Start it in any project:</p>
<pre><code>npm install --save-dev @switchboard/mock
npx switchboard-mock                  # every vendor on ${escapeHtml(MOCK_GATEWAY_ORIGIN)}
npx switchboard-mock --docs site/     # and a built copy of these docs at /</code></pre>
<p>or in a test, in-process: <code>const gateway = await startMockGateway();</code> then
<code>createSwitchboard(gateway.switchboardOptions())</code>. From a clone of the repository,
<code>pnpm start</code> builds and serves the gateway with these docs. The whole guide is on
<a href="mock.html">the mock gateway page</a>:</p>
${mockGuideList(mockGuide)}
<p>Then give a client the vendor's prefix on the gateway as its <code>baseUrl</code>:</p>
<div class="table-wrap">
<table>
<caption>Base URLs on the mock gateway</caption>
<thead><tr><th scope="col">API</th><th scope="col">Facade option</th><th scope="col"><code>baseUrl</code></th></tr></thead>
<tbody>
${vendors
  .map(
    (vendor) =>
      `<tr><td>${plainText(vendor.title)}</td><td><code>${escapeHtml(vendor.key)}</code></td><td><code>${escapeHtml(gatewayBaseUrl(vendor.name))}</code></td></tr>`,
  )
  .join("\n")}
</tbody>
</table>
</div>
<p>The mock accepts any credential of the right shape, so the placeholders below work as they are.</p>
</section>

<section aria-labelledby="curl">
<h2 id="curl">curl examples</h2>
<p>One request per operation, against the gateway of <code>pnpm start</code> (<code>${escapeHtml(MOCK_GATEWAY_ORIGIN)}</code>):
the documented path and query examples, the credential header the operation's security
scheme asks for (with placeholder credentials), and the operation's first documented request
example as the body.</p>
${vendors.map(curlSection).join("\n")}
</section>

<section aria-labelledby="samples">
<h2 id="samples">Code samples</h2>
<p>Every operation in every client, with the same documented examples as the curl above:
curl, the facade (<code>@switchboard/sdk</code>), the vendor's generated client and, where
the vendor publishes one, its official SDK. All but the official SDKs that cannot change
their base URL point at the mock gateway, with placeholder credentials.</p>
${vendors.map(codeSamplesSection).join("\n")}
</section>`,
  });
}

/** The links to the mock page's sections, with what each holds. */
function mockGuideList(mockGuide: ReadonlyMap<string, string>): string {
  const items = MOCK_GUIDE_LINKS.map(([title, what]) => {
    const href = mockGuide.get(title);
    if (href === undefined) throw new Error(`the mock's README has no section "${title}"`);
    return `<li><a href="${escapeHtml(href)}">${escapeHtml(title)}</a>: ${escapeHtml(what)}</li>`;
  });
  return `<ul>\n${items.join("\n")}\n</ul>`;
}
