import { clientSample } from "./client-sample.js";
import { curlExample, GATEWAY_ORIGIN, gatewayBaseUrl } from "./curl-example.js";
import { vendorSampleCredential } from "./sample-credentials.js";
import type { OperationModel, SiteModel, VendorModel } from "./site-model.js";

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** An `id` made of safe characters only, e.g. `curl-twilio-flex-updateInteractionChannel`. */
export function htmlId(...parts: string[]): string {
  return parts.join("-").replace(/[^A-Za-z0-9_-]+/g, "-");
}

/**
 * Spec text as inline HTML: escaped, with Markdown code spans, bold and links (their text
 * only). URL schemes are dropped, so the page links nowhere but itself and its reference pages.
 */
export function inlineMarkdown(text: string): string {
  return withoutUrlSchemes(text)
    .split(/(`[^`]*`)/)
    .map((part, index) => {
      if (index % 2 === 1) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
    })
    .join("");
}

/** Paragraphs and `-` lists, the Markdown a spec's lead uses. */
export function blockMarkdown(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== "")
    .map((block) => {
      if (/^[-*] /.test(block.trim())) {
        const items = block
          .trim()
          .split(/\n(?=[-*] )/)
          .map((item) => `<li>${inlineMarkdown(oneLine(item.replace(/^[-*] /, "")))}</li>`);
        return `<ul>${items.join("")}</ul>`;
      }
      return `<p>${inlineMarkdown(oneLine(block))}</p>`;
    })
    .join("\n");
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, " ");
}

/** Spec text that is not Markdown (titles, summaries): escaped, URL schemes dropped. */
export function plainText(text: string): string {
  return escapeHtml(withoutUrlSchemes(text));
}

function withoutUrlSchemes(text: string): string {
  return text.replace(/\bhttps?:\/\//gi, "");
}

/** The landing page, `index.html`: every vendor API and operation, install, mock and curl. */
export function renderLanding(model: SiteModel): string {
  const { vendors } = model;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="description" content="Switchboard: typed clients and a mock gateway for ${plainText(vendors.map((v) => v.title).join(", "))}, generated from their OpenAPI specs.">
<title>Switchboard API docs</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap">
<p class="brand"><a href="index.html">Switchboard</a> <span>API docs</span></p>
<nav aria-label="Sections">
<ul>
<li><a href="#apis">APIs</a></li>
<li><a href="#install">Install</a></li>
<li><a href="#mock">Mock gateway</a></li>
<li><a href="#curl">curl</a></li>
</ul>
</nav>
</div>
</header>
<main id="main" class="wrap">
<h1 id="top">Switchboard API docs</h1>
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
${vendors.map(renderVendor).join("\n")}
</section>

<section aria-labelledby="install">
<h2 id="install">Install a client</h2>
<p>The facade covers every vendor: one object, requests validated against the spec before
they are sent, retries, timeouts and one result shape.</p>
<pre><code>npm install @switchboard/sdk</code></pre>
<p>Each vendor also has a typed client of its own (an openapi-fetch client generated from its
spec), for when one vendor is all you need:</p>
<pre><code>${vendors.map((vendor) => `npm install ${escapeHtml(vendor.packageName)}`).join("\n")}</code></pre>
${vendors.map(renderClientSample).join("\n")}
</section>

<section aria-labelledby="mock">
<h2 id="mock">Point a client at the mock gateway</h2>
<p>From a clone of the repository, start the gateway: it serves every spec with Prism,
validates each request, answers with the documented examples and keeps a journal.</p>
<pre><code>pnpm install
pnpm start</code></pre>
<p>Then give a client the vendor's prefix on the gateway as its <code>baseUrl</code>:</p>
<div class="table-wrap">
<table>
<caption>Base URLs on the mock gateway</caption>
<thead><tr><th scope="col">API</th><th scope="col">Facade option</th><th scope="col"><code>baseUrl</code></th></tr></thead>
<tbody>
${vendors
  .map(
    (vendor) =>
      `<tr><td>${plainText(vendor.title)}</td><td><code>${escapeHtml(vendor.facadeKey)}</code></td><td><code>${escapeHtml(gatewayBaseUrl(vendor.prefix))}</code></td></tr>`,
  )
  .join("\n")}
</tbody>
</table>
</div>
<p>The mock accepts any credential of the right shape, so the placeholders below work as they are.</p>
</section>

<section aria-labelledby="curl">
<h2 id="curl">curl examples</h2>
<p>One request per operation, against the gateway of <code>pnpm start</code> (<code>${escapeHtml(GATEWAY_ORIGIN)}</code>):
the documented path and query examples, the credential header the operation's security
scheme asks for (with placeholder credentials), and the operation's first documented request
example as the body.</p>
${vendors.map(renderVendorCurls).join("\n")}
</section>
</main>
<footer class="site-footer">
<div class="wrap">
<p>Generated by <code>@switchboard/docs</code> from <code>redocly.yaml</code> and <code>specs/</code>; do not edit by hand.</p>
</div>
</footer>
</body>
</html>
`;
}

function renderVendor(vendor: VendorModel): string {
  const id = htmlId("api", vendor.prefix);
  return `<section class="vendor" aria-labelledby="${id}">
<h3 id="${id}">${plainText(vendor.title)} <span class="version">${escapeHtml(vendor.version)}</span></h3>
<div class="lead">${blockMarkdown(vendor.lead)}</div>
<p class="meta"><a href="${escapeHtml(vendor.referencePage)}">Full reference</a>
· gateway prefix <code>/${escapeHtml(vendor.prefix)}</code>
· package <code>${escapeHtml(vendor.packageName)}</code></p>
<div class="table-wrap">
<table>
<caption>Operations of ${plainText(vendor.title)}</caption>
<thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Summary</th><th scope="col">Docs</th></tr></thead>
<tbody>
${vendor.operations.map((operation) => renderOperationRow(vendor, operation)).join("\n")}
</tbody>
</table>
</div>
</section>`;
}

function renderOperationRow(vendor: VendorModel, operation: OperationModel): string {
  const label = `<span class="visually-hidden"> for ${escapeHtml(operation.operationId)}</span>`;
  return `<tr>
<td>${methodBadge(operation)}</td>
<td><code class="path">${escapeHtml(operation.path)}</code></td>
<td>${plainText(operation.summary)}</td>
<td class="links"><a href="${escapeHtml(operation.referenceHref)}">Reference${label}</a> <a href="#${curlId(vendor, operation)}">curl${label}</a></td>
</tr>`;
}

function methodBadge(operation: OperationModel): string {
  const method = operation.method.toUpperCase();
  return `<span class="method method-${escapeHtml(operation.method)}">${escapeHtml(method)}</span>`;
}

function renderClientSample(vendor: VendorModel): string {
  const sample = clientSample(vendor);
  if (sample === undefined) return "";
  const id = htmlId("client", vendor.prefix);
  return `<h3 id="${id}">${plainText(vendor.title)}</h3>
<pre><code class="language-ts" data-client="${escapeHtml(vendor.prefix)}">${escapeHtml(sample)}</code></pre>`;
}

function renderVendorCurls(vendor: VendorModel): string {
  const credential = vendorSampleCredential(vendor.facadeKey);
  const baseUrl = gatewayBaseUrl(vendor.prefix);
  const placeholders = credential
    ? Object.entries(credential.options)
        .map(
          ([name, value]) => `<code>${escapeHtml(name)}</code> <code>${escapeHtml(value)}</code>`,
        )
        .join(" and ")
    : "";
  return `<section class="vendor-curls" aria-labelledby="${htmlId("curl", vendor.prefix)}">
<h3 id="${htmlId("curl", vendor.prefix)}">${plainText(vendor.title)}</h3>
${placeholders ? `<p>Placeholder credentials: ${placeholders}.</p>` : ""}
${vendor.operations
  .map((operation) => {
    const example = operation.requestBody?.example;
    const exampleNote = example?.summary
      ? `<p class="example-note">Body: example <q>${inlineMarkdown(example.summary)}</q>.</p>`
      : "";
    return `<h4 id="${curlId(vendor, operation)}">${methodBadge(operation)} <code class="path">${escapeHtml(operation.path)}</code> ${plainText(operation.summary)}</h4>
${exampleNote}
<pre><code data-operation="${escapeHtml(`${vendor.prefix}.${operation.operationId}`)}">${escapeHtml(curlExample(operation, baseUrl, credential))}</code></pre>`;
  })
  .join("\n")}
</section>`;
}

function curlId(vendor: VendorModel, operation: OperationModel): string {
  return htmlId("curl", vendor.prefix, operation.operationId);
}

const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --border: #d0d7de; --accent: #0a58ca;
  --code-bg: #f3f5f7; --header-bg: #f8f9fb;
  --get: #116329; --post: #0a4ea8; --put: #8a4600; --patch: #6f3fb5; --delete: #b3261e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1216; --fg: #e6e9ed; --muted: #a0a8b2; --border: #343b44; --accent: #7fb2ff;
    --code-bg: #1a1f26; --header-bg: #151a20;
    --get: #5cd67a; --post: #7fb2ff; --put: #f0a44b; --patch: #c8a2ff; --delete: #ff8a80;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  font-size: 1rem; line-height: 1.6;
}
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875em; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: var(--accent); }
a:focus-visible, .skip-link:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--bg); padding: 0.5rem 1rem; }
.skip-link:focus { left: 0.5rem; z-index: 10; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { background: var(--header-bg); border-bottom: 1px solid var(--border); }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.brand { margin: 0; font-weight: 700; }
.brand a { color: inherit; text-decoration: none; }
.brand span { color: var(--muted); font-weight: 400; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 2rem 0 0.75rem; }
h2 { font-size: 1.5rem; margin: 2.75rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--border); }
h3 { font-size: 1.2rem; margin: 2rem 0 0.5rem; }
h4 { font-size: 1rem; font-weight: 600; margin: 1.5rem 0 0.5rem; overflow-wrap: anywhere; }
h1, h2, h3, h4 { scroll-margin-top: 1rem; }
.intro { font-size: 1.075rem; max-width: 48rem; }
.reference-nav { margin: 1rem 0; }
.reference-nav ul { gap: 0.5rem; }
.reference-nav a { display: inline-block; padding: 0.3rem 0.75rem; border: 1px solid var(--border); border-radius: 6px; text-decoration: none; }
.version { font-size: 0.8rem; font-weight: 500; color: var(--muted); border: 1px solid var(--border); border-radius: 4px; padding: 0 0.35rem; vertical-align: middle; }
.lead p, .lead ul { max-width: 48rem; }
.meta { color: var(--muted); }
code { background: var(--code-bg); border-radius: 4px; padding: 0.1em 0.3em; overflow-wrap: anywhere; }
pre { background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px; padding: 0.875rem 1rem; overflow-x: auto; line-height: 1.45; }
pre code { background: none; padding: 0; overflow-wrap: normal; font-size: 1em; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; color: var(--muted); font-size: 0.9rem; padding-bottom: 0.25rem; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.625rem; border-bottom: 1px solid var(--border); }
th { font-size: 0.85rem; color: var(--muted); font-weight: 600; }
td.links a { margin-right: 0.75rem; white-space: nowrap; }
code.path { white-space: normal; }
.method { display: inline-block; min-width: 4.25em; text-align: center; font-size: 0.75rem; font-weight: 700; letter-spacing: 0.03em; border: 1px solid currentColor; border-radius: 4px; padding: 0 0.35em; }
.method-get { color: var(--get); } .method-post { color: var(--post); } .method-put { color: var(--put); }
.method-patch { color: var(--patch); } .method-delete { color: var(--delete); }
.example-note { color: var(--muted); margin: 0.25rem 0; }
.site-footer { border-top: 1px solid var(--border); margin-top: 3rem; color: var(--muted); font-size: 0.9rem; }
@media (max-width: 40rem) {
  h1 { font-size: 1.6rem; }
  th, td { padding: 0.4rem; }
}
`;
