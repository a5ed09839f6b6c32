import type { FrontDoor } from "../../front-door/front-door.js";
import type { FrontDoorAnswer } from "../../front-door/front-door-types.js";
import { readRequestBody } from "./read-request-body.js";

/**
 * The front door as a fetch function: a Request in, a Response out. An injected reset is a
 * network error, as a dropped connection is to `fetch`.
 */
export function fetchFrontDoor(frontDoor: FrontDoor): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const answer = await frontDoor({
      method: request.method,
      target: request.url,
      headers,
      readBody: (limitBytes) => readRequestBody(request, limitBytes),
    });
    return responseOf(answer, request.method);
  };
}

function responseOf(answer: FrontDoorAnswer, method: string): Response {
  if ("reset" in answer) return Response.error();
  const headers = new Headers(answer.headers);
  if ("chunks" in answer)
    return new Response(streamOf(answer.chunks), { status: answer.status, headers });
  const { status, body } = answer;
  if (body === undefined || status === 204 || status === 304 || method === "HEAD")
    return new Response(null, { status, headers });
  if (body instanceof Uint8Array) return new Response(new Uint8Array(body), { status, headers });
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return new Response(typeof body === "string" ? body : JSON.stringify(body), { status, headers });
}

/** The pieces as a byte stream, read one at a time as the reader asks for them. */
function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      iterator.return?.();
    },
  });
}
