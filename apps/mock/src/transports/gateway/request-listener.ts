import type { IncomingMessage, ServerResponse } from "node:http";
import type { FrontDoor } from "../../front-door/front-door.js";
import { applyCors, withoutCorsHeaders, type CorsPolicy } from "./cors.js";
import { sendAnswer } from "./http.js";
import { readBody } from "./read-body.js";

/**
 * Translates node:http to the front door and back, with the CORS headers a browser page needs
 * (a preflight is answered here).
 */
export function createRequestListener(frontDoor: FrontDoor, cors: CorsPolicy | undefined) {
  return async function listen(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // First, so every answer carries them (errors too).
    if (cors && applyCors(cors, request, response)) return;
    const answer = await frontDoor({
      method: request.method ?? "GET",
      target: request.url ?? "/",
      headers: request.headers,
      readBody: (limitBytes) => readBody(request, limitBytes),
    });
    if ("reset" in answer) request.socket.destroy();
    else if (!("status" in answer && cors)) await sendAnswer(response, answer);
    else {
      const headers = withoutCorsHeaders(answer.headers);
      await sendAnswer(response, headers === answer.headers ? answer : { ...answer, headers });
    }
  };
}
