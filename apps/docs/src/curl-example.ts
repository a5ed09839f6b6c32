import {
  authenticationHeaders,
  createBodySerializer,
  encodeFormBody,
  serializePathParams,
} from "@switchboard/client-runtime";
import { MOCK_GATEWAY_ORIGIN } from "@switchboard/codegen";
import type { SampleCredential } from "./sample-credentials.js";
import type { OperationModel } from "./site-model.js";

const FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";

/** A vendor's base URL on the gateway of `pnpm start`, e.g. `http://127.0.0.1:4010/twilio-flex`. */
export function gatewayBaseUrl(prefix: string): string {
  return `${MOCK_GATEWAY_ORIGIN}/${prefix}`;
}

/** One POSIX shell word, single-quoted: `'` becomes `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The request URL: the base URL, the path with its documented examples, the documented query. */
export function exampleUrl(baseUrl: string, operation: OperationModel): string {
  const path = serializePathParams(
    operation.path,
    Object.fromEntries(operation.pathParams.map(({ name, value }) => [name, value])),
  );
  const query = new URLSearchParams();
  for (const { name, value } of operation.query) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === null || typeof item === "object") {
        throw new TypeError(`Query parameter "${name}": only primitives and arrays are supported`);
      }
      query.append(name, String(item));
    }
  }
  const search = query.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ""}`;
}

/**
 * A copy-paste `curl` for an operation: its method and URL with the documented examples, the
 * credential header its security scheme asks for (built by client-runtime, with placeholder
 * credentials), its media type and its first documented request example, encoded the way the
 * clients encode it. One option per line, joined with ` \` and a newline.
 */
export function curlExample(
  operation: OperationModel,
  baseUrl: string,
  credential: SampleCredential,
): string {
  const words = [
    `curl -X ${operation.method.toUpperCase()} ${shellQuote(exampleUrl(baseUrl, operation))}`,
  ];
  // Every scheme of the (first) requirement applies together; the manifest allows one per vendor.
  for (const { scheme } of operation.security) {
    const headers = authenticationHeaders(scheme, credential.credential, credential.optionNames);
    for (const [header, value] of Object.entries(headers)) {
      words.push(`-H ${shellQuote(`${header}: ${value}`)}`);
    }
  }
  const body = operation.requestBody;
  if (body !== undefined) {
    words.push(`-H ${shellQuote(`Content-Type: ${body.mediaType}`)}`);
    if (body.mediaType === FORM_MEDIA_TYPE) {
      for (const [name, value] of encodeFormBody(body.example.value, body.encoding)) {
        words.push(`--data-urlencode ${shellQuote(`${formName(name)}=${value}`)}`);
      }
    } else {
      words.push(`--data ${shellQuote(createBodySerializer(body)(body.example.value))}`);
    }
  }
  return words.join(" \\\n  ");
}

/** curl sends the name of `--data-urlencode name=value` as it is: it must be encoded already. */
function formName(name: string): string {
  return new URLSearchParams([[name, ""]]).toString().slice(0, -1);
}
