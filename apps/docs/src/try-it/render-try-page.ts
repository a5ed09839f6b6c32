import { readFileSync } from "node:fs";
import path from "node:path";
import { escapeHtml, htmlId } from "../html.js";
import { plainText } from "../markdown.js";
import { renderPage } from "../page-shell.js";
import {
  tryFormId,
  tryScriptData,
  type TryOperationModel,
  type TryPageModel,
} from "./try-page-model.js";

/** Where the page script is served from, relative to the site root. */
export const TRY_SCRIPT_ASSET = "assets/try-it.js";

/** The try pages' own styles, inlined after the site's. */
export const TRY_STYLESHEET = path.resolve(import.meta.dirname, "../../templates/try-it.css");

/** What a page on a static host says instead of sending: the command from the mock's README. */
export const START_GATEWAY_COMMAND = "npx switchboard-mock --docs <site folder>";

const STYLE = readFileSync(TRY_STYLESHEET, "utf8");

/** JSON inside `<script type="application/json">`: no `<` can end the element or open a comment. */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** `try/<prefix>.html`: one form per operation, sent to the gateway serving the page. */
export function renderTryPage(page: TryPageModel): string {
  const html = renderPage({
    title: `Try ${page.title} — Switchboard`,
    description: `Send each operation of ${page.title} to the Switchboard mock gateway from the browser.`,
    nav: [
      ["../index.html#apis", "APIs"],
      [`../${page.referencePage}`, "Reference"],
      ["../mock.html", "Mock gateway"],
    ],
    csp: "script-src 'self'; connect-src 'self'",
    head: `<style>\n${STYLE}</style>\n<script type="module" src="../${TRY_SCRIPT_ASSET}"></script>\n`,
    main: `<h1 id="top">Try ${plainText(page.title)}</h1>
<p class="intro">Each form sends its operation to the mock gateway that serves this page
(<code>/${escapeHtml(page.prefix)}</code>), prefilled with the spec's documented examples and
placeholder credentials. The answer, its headers, the gateway's journal entry and, for a
refused request, each problem by JSON Pointer show below the form.</p>
<ul class="try-toc">
${page.operations.map((operation) => `<li><a href="#${tryFormId(operation.operationId)}">${methodBadge(operation)} <code class="path">${escapeHtml(operation.path)}</code></a> ${plainText(operation.summary)}</li>`).join("\n")}
</ul>
${page.operations.map((operation) => operationForm(page, operation)).join("\n")}
<script type="application/json" id="try-data">${jsonScriptText(tryScriptData(page))}</script>`,
  });
  // Our pages sit at the root; this one is a folder down, so its brand link goes up one.
  return html.replace('<a href="index.html">', '<a href="../index.html">');
}

function operationForm(page: TryPageModel, operation: TryOperationModel): string {
  const id = tryFormId(operation.operationId);
  const field = (name: string) => htmlId(id, name);
  const body = operation.body;
  const examples = body?.examples ?? [];
  return `<section class="try-operation" aria-labelledby="${id}">
<h2 id="${id}">${methodBadge(operation)} <code class="path">${escapeHtml(operation.path)}</code> ${plainText(operation.summary)}</h2>
<p class="meta"><a href="../${escapeHtml(operation.referenceHref)}">Reference</a> · <code>${escapeHtml(operation.operationId)}</code></p>
<form class="try-form" data-operation="${escapeHtml(operation.operationId)}" novalidate>
<p class="try-offline" role="status">Start <code>${escapeHtml(START_GATEWAY_COMMAND)}</code> to try this.</p>
<fieldset class="try-fields" disabled>
<legend class="visually-hidden">Request</legend>
${parameterFields(operation, field)}
${credentialFields(page, operation, field)}
${
  body === null
    ? ""
    : `${
        examples.length > 1
          ? `<p><label for="${field("example")}">Request example</label>
<select id="${field("example")}" data-control="example">
${examples.map(({ name }) => `<option value="${escapeHtml(name)}">${escapeHtml(name)}</option>`).join("\n")}
</select></p>`
          : ""
      }
<p><label for="${field("body")}">Body <span class="hint">(JSON${body.mediaType === "application/json" ? "" : `; sent as <code>${escapeHtml(body.mediaType)}</code>${jsonFieldsHint(body.encoding)}`})</span></label>
<textarea id="${field("body")}" data-control="body" rows="${Math.min(16, JSON.stringify(examples[0]?.value ?? null, null, 2).split("\n").length + 1)}" spellcheck="false">${escapeHtml(JSON.stringify(examples[0]?.value ?? null, null, 2))}</textarea></p>`
}
<div class="try-choices">
<p><label for="${field("fault")}">Fault <span class="hint">(<code>x-mock-fault: status=</code>)</span></label>
<select id="${field("fault")}" data-control="fault">
<option value="">none</option>
${operation.faultStatuses.map((status) => `<option value="${escapeHtml(status)}">status=${escapeHtml(status)}</option>`).join("\n")}
</select></p>
<p><label for="${field("delay")}">Delay <span class="hint">(ms, <code>x-mock-fault: delay=</code>)</span></label>
<input id="${field("delay")}" data-control="delay" type="number" min="0" max="60000" step="100" value=""></p>
<p><label for="${field("prefer")}">Example answer <span class="hint">(<code>Prefer</code>)</span></label>
<select id="${field("prefer")}" data-control="prefer">
<option value="">as validated (echo)</option>
${operation.preferences.map(({ value, label }) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`).join("\n")}
</select></p>
</div>
<p><button type="submit">Send ${escapeHtml(operation.method.toUpperCase())}</button></p>
</fieldset>
<div class="try-result" hidden aria-live="polite">
<h3>Answer</h3>
<p class="try-status" data-result="status"></p>
<details><summary>Headers</summary><pre data-result="headers"></pre></details>
<pre data-result="body"></pre>
<ol class="try-problems" data-result="problems" aria-label="Problems by JSON Pointer"></ol>
<h3>Journal entry</h3>
<pre data-result="journal"></pre>
</div>
</form>
</section>`;
}

function parameterFields(operation: TryOperationModel, field: (name: string) => string): string {
  if (operation.fields.length === 0) return "";
  return `<div class="try-params">
${operation.fields
  .map((parameter) => {
    const id = field(`${parameter.in}-${parameter.name}`);
    return `<p><label for="${id}"><code>${escapeHtml(parameter.name)}</code> <span class="hint">(${parameter.in}${parameter.required ? ", required" : ""})</span></label>
<input id="${id}" name="${escapeHtml(parameter.name)}" data-in="${parameter.in}" value="${escapeHtml(parameter.value)}"${parameter.required ? " required" : ""} spellcheck="false"></p>`;
  })
  .join("\n")}
</div>`;
}

function credentialFields(
  page: TryPageModel,
  operation: TryOperationModel,
  field: (name: string) => string,
): string {
  if (operation.auth === null) return "";
  const scheme =
    operation.auth.type === "apiKey"
      ? `API key in <code>${escapeHtml(operation.auth.header)}</code>`
      : operation.auth.type === "bearer"
        ? "bearer token"
        : "HTTP basic";
  return `<div class="try-credentials">
<p class="hint">Credentials (${scheme}); the mock accepts any of the right shape.</p>
${page.credentials
  .map(({ name, value }) => {
    const id = field(`credential-${name}`);
    return `<p><label for="${id}"><code>${escapeHtml(name)}</code></label>
<input id="${id}" name="${escapeHtml(name)}" data-in="credential" value="${escapeHtml(value)}" autocomplete="off" spellcheck="false"></p>`;
  })
  .join("\n")}
</div>`;
}

function jsonFieldsHint(encoding: Record<string, { contentType: string }>): string {
  const fields = Object.entries(encoding)
    .filter(([, { contentType }]) => /json/i.test(contentType))
    .map(([name]) => `<code>${escapeHtml(name)}</code>`);
  return fields.length === 0 ? "" : `, ${fields.join(", ")} as JSON`;
}

function methodBadge(operation: TryOperationModel): string {
  return `<span class="method method-${escapeHtml(operation.method)}">${escapeHtml(operation.method.toUpperCase())}</span>`;
}
