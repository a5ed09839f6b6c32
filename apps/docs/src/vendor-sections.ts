import { clientSample } from "./client-sample.js";
import { curlExample, gatewayBaseUrl } from "./curl-example.js";
import { escapeHtml, htmlId } from "./html.js";
import { blockMarkdown, inlineMarkdown, plainText } from "./markdown.js";
import { sampleCredential } from "./sample-credentials.js";
import type { OperationModel, VendorModel } from "./site-model.js";

export { codeSamplesSection } from "./code-samples/landing-samples.js";

/*
 * The landing page's parts for one vendor: its API section (lead and operations table), its
 * client sample, its curl examples and its code samples in every client.
 */

export function apiSection(vendor: VendorModel): string {
  const id = htmlId("api", vendor.name);
  return `<section class="vendor" aria-labelledby="${id}">
<h3 id="${id}">${plainText(vendor.title)} <span class="version">${escapeHtml(vendor.version)}</span></h3>
<div class="lead">${blockMarkdown(vendor.lead)}</div>
<p class="meta"><a href="${escapeHtml(vendor.referencePage)}">Full reference</a>
· gateway prefix <code>/${escapeHtml(vendor.name)}</code>
· package <code>${escapeHtml(vendor.packageName)}</code></p>
<div class="table-wrap">
<table>
<caption>Operations of ${plainText(vendor.title)}</caption>
<thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Summary</th><th scope="col">Docs</th></tr></thead>
<tbody>
${vendor.operations.map((operation) => operationRow(vendor, operation)).join("\n")}
</tbody>
</table>
</div>
</section>`;
}

export function clientSampleSection(vendor: VendorModel): string {
  const sample = clientSample(vendor);
  if (sample === undefined) return "";
  const id = htmlId("client", vendor.name);
  return `<h3 id="${id}">${plainText(vendor.title)}</h3>
<pre><code class="language-ts" data-client="${escapeHtml(vendor.name)}">${escapeHtml(sample)}</code></pre>`;
}

export function curlSection(vendor: VendorModel): string {
  const credential = sampleCredential(vendor.auth);
  const baseUrl = gatewayBaseUrl(vendor.name);
  const placeholders = Object.entries(credential.options)
    .map(([name, value]) => `<code>${escapeHtml(name)}</code> <code>${escapeHtml(value)}</code>`)
    .join(" and ");
  const id = htmlId("curl", vendor.name);
  return `<section class="vendor-curls" aria-labelledby="${id}">
<h3 id="${id}">${plainText(vendor.title)}</h3>
<p>Placeholder credentials: ${placeholders}.</p>
${vendor.operations
  .map((operation) => {
    const example = operation.requestBody?.example;
    const exampleNote = example?.summary
      ? `<p class="example-note">Body: example <q>${inlineMarkdown(example.summary)}</q>.</p>`
      : "";
    return `<h4 id="${curlId(vendor, operation)}">${methodBadge(operation)} <code class="path">${escapeHtml(operation.path)}</code> ${plainText(operation.summary)}</h4>
${exampleNote}
<pre><code data-operation="${escapeHtml(`${vendor.name}.${operation.operationId}`)}">${escapeHtml(curlExample(operation, baseUrl, credential))}</code></pre>`;
  })
  .join("\n")}
</section>`;
}

function operationRow(vendor: VendorModel, operation: OperationModel): string {
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

function curlId(vendor: VendorModel, operation: OperationModel): string {
  return htmlId("curl", vendor.name, operation.operationId);
}
