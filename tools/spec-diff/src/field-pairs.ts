import { escapePointerToken } from "@switchboard/client-runtime/spec";
import { isObject, resolve, toPointer, type OpenApiDocument } from "./openapi.js";
import { listOperations, parameters, type Operation, type Parameter } from "./operations.js";
import { viewSchema, type SchemaView } from "./schema-view.js";

/** Requests are what callers send; responses are what they read. */
export type Direction = "request" | "response";

/** One side of a field pair: the field as one document has it. */
export interface FieldSide {
  /** The field's schema; undefined for a request body as a whole (it has one per media type). */
  view: SchemaView | undefined;
  /** A required property, parameter or request body. */
  required: boolean;
  pointer: string;
}

/**
 * The same field in the base and the head document: a parameter, a request body, a request or
 * response body per media type, or a property (at any depth) of one. A side is missing where the
 * field is not in that document. The rules are small functions over these pairs.
 */
export interface FieldPair {
  direction: Direction;
  /** `POST /v1/Interactions/{InteractionSid}/Channels/{Sid}` */
  operation: string;
  /** `query parameter mode`, `request body (application/json)`, `response 200 (application/json)` */
  location: string;
  /** The property path inside it (`Routing.status`, `tags[]`), empty for the location itself. */
  field: string;
  base: FieldSide | undefined;
  head: FieldSide | undefined;
}

const cache = new WeakMap<OpenApiDocument, WeakMap<OpenApiDocument, FieldPair[]>>();

/** Every field pair of the operations both documents have (computed once per pair of documents). */
export function fieldPairs(base: OpenApiDocument, head: OpenApiDocument): FieldPair[] {
  let byHead = cache.get(base);
  if (!byHead) cache.set(base, (byHead = new WeakMap()));
  let pairs = byHead.get(head);
  if (!pairs) byHead.set(head, (pairs = collectPairs(base, head)));
  return pairs;
}

function collectPairs(base: OpenApiDocument, head: OpenApiDocument): FieldPair[] {
  const pairs: FieldPair[] = [];
  const baseOperations = listOperations(base);
  for (const [key, headOperation] of listOperations(head)) {
    const baseOperation = baseOperations.get(key);
    if (!baseOperation) continue; // A new operation breaks no caller.
    const emit = (pair: Omit<FieldPair, "operation">) =>
      pairs.push({ operation: headOperation.label, ...pair });
    const context = { base, head, emit };
    parameterPairs(context, baseOperation, headOperation);
    requestBodyPairs(context, baseOperation, headOperation);
    responsePairs(context, baseOperation, headOperation);
  }
  return pairs;
}

interface Context {
  base: OpenApiDocument;
  head: OpenApiDocument;
  emit: (pair: Omit<FieldPair, "operation">) => void;
}

function parameterPairs(context: Context, base: Operation, head: Operation): void {
  const baseParameters = parameters(context.base, base);
  const headParameters = parameters(context.head, head);
  for (const location of new Set([...baseParameters.keys(), ...headParameters.keys()])) {
    const side = (document: OpenApiDocument, parameter: Parameter | undefined) =>
      parameter && {
        view:
          parameter.schema &&
          viewSchema(document, parameter.schema.schema, parameter.schema.pointer),
        required: parameter.required,
        pointer: parameter.pointer,
      };
    pairSchemas(context, "request", location, "", {
      base: side(context.base, baseParameters.get(location)),
      head: side(context.head, headParameters.get(location)),
    });
  }
}

function requestBodyPairs(context: Context, base: Operation, head: Operation): void {
  const body = (document: OpenApiDocument, operation: Operation) => {
    if (operation.operation.requestBody === undefined) return undefined;
    const at = toPointer([...operation.pointer, "requestBody"]);
    const { node, pointer } = resolve(document, operation.operation.requestBody, at);
    return isObject(node) ? { body: node, pointer } : undefined;
  };
  const baseBody = body(context.base, base);
  const headBody = body(context.head, head);
  context.emit({
    direction: "request",
    location: "request body",
    field: "",
    base: baseBody && {
      view: undefined,
      required: baseBody.body.required === true,
      pointer: baseBody.pointer,
    },
    head: headBody && {
      view: undefined,
      required: headBody.body.required === true,
      pointer: headBody.pointer,
    },
  });
  if (!baseBody || !headBody) return;
  // Each media type a caller may send in: dropping one breaks callers that use it; adding one
  // breaks none (so the body's `required` does not apply to it).
  mediaTypePairs(context, "request", "request body", baseBody, headBody);
}

function responsePairs(context: Context, base: Operation, head: Operation): void {
  const responses = (operation: Operation) =>
    isObject(operation.operation.responses) ? operation.operation.responses : {};
  const baseResponses = responses(base);
  const headResponses = responses(head);
  // Added and removed status codes are openapi-diff's (response.status-code.add / .remove).
  for (const status of Object.keys(headResponses)) {
    if (!(status in baseResponses)) continue;
    const side = (document: OpenApiDocument, operation: Operation, raw: unknown) => {
      const at = toPointer([...operation.pointer, "responses", status]);
      const { node, pointer } = resolve(document, raw, at);
      return isObject(node) ? { body: node, pointer } : undefined;
    };
    const baseResponse = side(context.base, base, baseResponses[status]);
    const headResponse = side(context.head, head, headResponses[status]);
    if (baseResponse && headResponse) {
      mediaTypePairs(context, "response", `response ${status}`, baseResponse, headResponse);
    }
  }
}

function mediaTypePairs(
  context: Context,
  direction: Direction,
  location: string,
  base: { body: Record<string, unknown>; pointer: string },
  head: { body: Record<string, unknown>; pointer: string },
): void {
  const content = (holder: Record<string, unknown>) =>
    isObject(holder.content) ? holder.content : {};
  const baseContent = content(base.body);
  const headContent = content(head.body);
  for (const mediaType of new Set([...Object.keys(baseContent), ...Object.keys(headContent)])) {
    const side = (document: OpenApiDocument, holder: typeof base, media: unknown) => {
      if (!isObject(media)) return undefined;
      const pointer = `${holder.pointer}/content/${escapePointerToken(mediaType)}/schema`;
      return { view: viewSchema(document, media.schema ?? {}, pointer), required: false, pointer };
    };
    pairSchemas(context, direction, `${location} (${mediaType})`, "", {
      base: side(context.base, base, baseContent[mediaType]),
      head: side(context.head, head, headContent[mediaType]),
    });
  }
}

/**
 * Emits the pair, then the pairs of its properties and items where both sides have it. A field
 * only one side has is one pair: what is inside a new or removed field is part of that change.
 */
function pairSchemas(
  context: Context,
  direction: Direction,
  location: string,
  field: string,
  sides: { base: FieldSide | undefined; head: FieldSide | undefined },
  visited = new Set<string>(),
): void {
  context.emit({ direction, location, field, ...sides });
  const base = sides.base?.view;
  const head = sides.head?.view;
  if (!base || !head) return;
  const key = `${base.pointer} ${head.pointer}`;
  if (visited.has(key)) return; // A recursive schema: this pair is being compared already.
  visited.add(key);

  const names = new Set([
    ...base.properties.keys(),
    ...base.required,
    ...head.properties.keys(),
    ...head.required,
  ]);
  for (const name of names) {
    const side = (document: OpenApiDocument, view: SchemaView): FieldSide | undefined => {
      const property = view.properties.get(name);
      if (!property && !view.required.has(name)) return undefined;
      const at = property ?? { schema: {}, pointer: `${view.pointer}/required` };
      return {
        view: viewSchema(document, at.schema, at.pointer),
        required: view.required.has(name),
        pointer: at.pointer,
      };
    };
    const child = field ? `${field}.${name}` : name;
    pairSchemas(
      context,
      direction,
      location,
      child,
      {
        base: side(context.base, base),
        head: side(context.head, head),
      },
      visited,
    );
  }
  if (base.items && head.items) {
    pairSchemas(
      context,
      direction,
      location,
      `${field}[]`,
      {
        base: {
          view: viewSchema(context.base, base.items.schema, base.items.pointer),
          required: false,
          pointer: base.items.pointer,
        },
        head: {
          view: viewSchema(context.head, head.items.schema, head.items.pointer),
          required: false,
          pointer: head.items.pointer,
        },
      },
      visited,
    );
  }
}
