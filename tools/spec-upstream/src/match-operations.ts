import {
  HTTP_METHODS,
  isObject,
  pointerOf,
  type SpecOperation,
} from "@switchboard/client-runtime/spec";

/**
 * Every operation of a vendor's document. Unlike `specOperations` it does not insist on an
 * operationId (published specs do not always give one): one without is named by its method and path.
 */
export function upstreamOperations(document: unknown): SpecOperation[] {
  const paths = isObject(document) && isObject(document.paths) ? document.paths : {};
  return Object.entries(paths).flatMap(([path, pathItem]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = isObject(pathItem) ? pathItem[method] : undefined;
      if (!isObject(operation)) return [];
      const { operationId } = operation;
      return [
        {
          operationId: typeof operationId === "string" ? operationId : "",
          method,
          path,
          pointer: pointerOf("paths", path, method),
          operation,
        },
      ];
    }),
  );
}

/** `/v1/Interactions/{Sid}` and `/v1/Interactions/{InteractionSid}` are the same template. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

/** The vendor's operation for a curated one: same method and path template, else same operationId. */
export function matchOperation(
  ours: SpecOperation,
  upstream: readonly SpecOperation[],
): SpecOperation | undefined {
  const shape = pathShape(ours.path);
  return (
    upstream.find(
      (candidate) => candidate.method === ours.method && pathShape(candidate.path) === shape,
    ) ??
    upstream.find(
      (candidate) => candidate.operationId !== "" && candidate.operationId === ours.operationId,
    )
  );
}
