import { isObject, specOperations } from "@switchboard/client-runtime/spec";
import { tryFormId, tryPageHref } from "./try-page-model.js";

/** The words of the link each operation's reference description ends with. */
export const TRY_LINK_TEXT = "Try it against the mock";

/**
 * The spec as its reference page shows it: each operation's description ending in a link to
 * its form on the vendor's try page (relative to `reference/<prefix>.html`). Redoc CE has no
 * console of its own; a description is what it renders for every operation.
 */
export function withTryItLinks(document: unknown, prefix: string): unknown {
  const copy = structuredClone(document);
  for (const { operationId, operation } of specOperations(copy)) {
    if (!isObject(operation)) continue;
    const link = `[${TRY_LINK_TEXT}](../${tryPageHref(prefix)}#${tryFormId(operationId)})`;
    const description = typeof operation.description === "string" ? operation.description : "";
    operation.description = description ? `${description}\n\n${link}` : link;
  }
  return copy;
}
