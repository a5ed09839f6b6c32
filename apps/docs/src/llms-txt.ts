import type { SiteModel } from "./site-model.js";

/**
 * `llms.txt` (the llmstxt.org layout): the site's title, what it is, then per vendor API its
 * reference page and each operation with a link to its section there. Links are relative to
 * the site root, so the file works wherever the site is served.
 */
export function renderLlmsTxt(model: SiteModel): string {
  const sections = model.vendors.map((vendor) =>
    [
      `## ${text(vendor.title)}`,
      "",
      vendor.lead.trim(),
      "",
      `- [${text(vendor.title)} reference](${vendor.referencePage}): every operation, ` +
        `schema and example (client \`${vendor.packageName}\`, facade key \`${vendor.key}\`, ` +
        `mock prefix \`/${vendor.name}\`)`,
      ...vendor.operations.map(
        (operation) =>
          `- [${operation.method.toUpperCase()} ${operation.path}](${operation.referenceHref}): ` +
          `${text(operation.summary)} (\`${operation.operationId}\`)`,
      ),
    ].join("\n"),
  );
  return [
    "# Switchboard API docs",
    "",
    "> Typed TypeScript clients, one facade (`@switchboard/sdk`) and a mock gateway " +
      "(`@switchboard/mock`) for contact-centre and conversational-AI vendor APIs, all " +
      "generated from hand-curated OpenAPI specs.",
    "",
    "- [Overview](index.html): install, the mock gateway, a curl example per operation",
    "- [The mock gateway](mock.html): `@switchboard/mock` for contract tests: CLI, in-process, " +
      "MSW handlers, queued answers, journal, stateful mode, validating proxy",
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** Spec text inside link text: one line, its brackets escaped so the link stays a link. */
function text(value: string): string {
  return oneLine(value).replace(/[[\]]/g, "\\$&");
}
