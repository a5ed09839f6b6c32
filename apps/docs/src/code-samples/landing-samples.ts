import { escapeHtml, htmlId } from "../html.js";
import { plainText } from "../markdown.js";
import type { OperationModel, VendorModel } from "../site-model.js";
import { operationCodeSamples, type CodeSample } from "./code-samples.js";

/** The landing page's script: tabs over each vendor's samples and a copy button on each `<pre>`. */
export const CODE_SAMPLES_SCRIPT = "assets/code-samples.js";

/** What the landing page's head needs for the script: its CSP directive and its tag. */
export const CODE_SAMPLES_CSP = "script-src 'self'";
export const CODE_SAMPLES_HEAD = `<script src="${CODE_SAMPLES_SCRIPT}" defer></script>\n`;

/**
 * One vendor's samples on the landing page: one panel per client (curl, facade, client, each
 * official SDK) holding that client's sample of every operation. Without script the panels
 * stand one after another, each under its heading; the script turns them into tabs.
 */
export function codeSamplesSection(vendor: VendorModel): string {
  const panels = new Map<string, { sample: CodeSample; operations: string[] }>();
  for (const operation of vendor.operations) {
    for (const sample of operationCodeSamples(vendor, operation)) {
      const panel = panels.get(sample.id) ?? { sample, operations: [] };
      panel.operations.push(operationSample(vendor, operation, sample));
      panels.set(sample.id, panel);
    }
  }
  const id = htmlId("samples", vendor.name);
  return `<section class="vendor-samples" aria-labelledby="${id}">
<h3 id="${id}">${plainText(vendor.title)}</h3>
<div class="code-samples" data-code-samples="${escapeHtml(vendor.name)}">
${[...panels.values()]
  .map(({ sample, operations }) => {
    const panelId = htmlId("samples", vendor.name, sample.id);
    const install = sample.install
      ? `\n<p class="sample-install">Install: <code>${escapeHtml(sample.install)}</code></p>`
      : "";
    return `<div class="sample-panel" id="${panelId}" data-sample-label="${escapeHtml(sample.label)}">
<h4 class="sample-label" id="${panelId}-label">${escapeHtml(sample.label)}</h4>${install}
${operations.join("\n")}
</div>`;
  })
  .join("\n")}
</div>
</section>`;
}

function operationSample(
  vendor: VendorModel,
  operation: OperationModel,
  sample: CodeSample,
): string {
  const key = `${vendor.name}.${operation.operationId}.${sample.id}`;
  return `<p class="sample-operation"><span class="method method-${escapeHtml(operation.method)}">${escapeHtml(operation.method.toUpperCase())}</span> <code class="path">${escapeHtml(operation.path)}</code> ${plainText(operation.summary)}</p>
<pre><code class="language-${sample.language}" data-sample="${escapeHtml(key)}">${escapeHtml(sample.source)}</code></pre>`;
}
