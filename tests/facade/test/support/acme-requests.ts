/**
 * What the fixture spec documents, read off its bundle: a valid request for each operation
 * (each path parameter's example, the first request-body example) and its error examples.
 */
import { readFileSync } from "node:fs";
import {
  atPointer,
  documentedExample,
  documentedRequest as specRequest,
  pointerOf,
  resolvePointer,
  specOperations,
  type SpecOperation,
} from "@switchboard/client-runtime/spec";
import type { AcmeInput, AcmeName, AcmeOperationId, IdOf } from "./acme-facade.js";

/** The bundled fixture spec, as codegen wrote it beside the fixture client. */
export const ACME_DOCUMENT: unknown = JSON.parse(
  readFileSync(new URL("../fixtures/acme/generated/openapi.json", import.meta.url), "utf8"),
);

function operationOf(operationId: string): SpecOperation {
  const found = specOperations(ACME_DOCUMENT).find((op) => op.operationId === operationId);
  if (found === undefined) throw new Error(`the fixture spec has no operation ${operationId}`);
  return found;
}

/** The media type object of a request body or response (at `pointer`, `$ref`s followed). */
function mediaAt(pointer: string, mediaType: string): unknown {
  const owner = resolvePointer(ACME_DOCUMENT, pointer);
  return atPointer(ACME_DOCUMENT, `${owner}${pointerOf("content", mediaType)}`);
}

/** A fresh copy of an operation's documented request, to change freely. */
export function documentedRequest<Name extends AcmeName>(name: Name): AcmeInput<IdOf<Name>> {
  const { path, body } = specRequest(ACME_DOCUMENT, operationOf(name.slice("acme.".length)));
  return { path, body: body?.example.value } as AcmeInput<IdOf<Name>>;
}

/** The body an operation documents for an error status: what the gateway answers it with. */
export function documentedErrorBody(operationId: AcmeOperationId, status: number): unknown {
  const pointer = `${operationOf(operationId).pointer}/responses/${status}`;
  const example = documentedExample(ACME_DOCUMENT, mediaAt(pointer, "application/problem+json"));
  if (example === undefined) throw new Error(`${operationId} documents no ${status} example`);
  return example.value;
}
