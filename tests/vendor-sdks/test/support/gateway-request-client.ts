/**
 * How Twilio's SDK reaches the mock gateway. The SDK has no base-URL setting: `edge` and
 * `region` (and `TWILIO_EDGE` / `TWILIO_REGION`) only insert words into a twilio.com host name,
 * and `HTTP_PROXY` tunnels to that same host. What it documents for sending its requests
 * somewhere else is a custom `httpClient` (its README, "Use a custom HTTP Client", and
 * advanced-examples/custom-http-client.md, which names mocking the API as one use). This one is
 * the SDK's own exported `RequestClient` with a single change, the vendor's origin swapped for
 * the gateway's vendor prefix; encoding, headers, authentication and error handling stay the
 * SDK's own code.
 */
import twilio from "twilio";
// Types only: the package's root exports the class but not its option and answer types.
import type RequestClient from "twilio/lib/base/RequestClient.js";
import type * as HttpResponse from "twilio/lib/http/response.js";

type Response<TData> = HttpResponse.default<TData>;

export class GatewayRequestClient extends twilio.RequestClient {
  constructor(
    /** The vendor's server URL, as its spec gives it (`https://flex-api.twilio.com`). */
    private readonly vendorOrigin: string,
    /** The gateway's base URL for the vendor (`http://127.0.0.1:<port>/twilio-flex`). */
    private readonly gatewayBase: string,
  ) {
    super();
  }

  /** Where a vendor URL goes instead; any other URL throws, so nothing reaches the real API. */
  gatewayUrl(uri: string): string {
    if (!uri.startsWith(`${this.vendorOrigin}/`)) {
      throw new Error(`GatewayRequestClient: ${uri} is not under ${this.vendorOrigin}`);
    }
    return `${this.gatewayBase}${uri.slice(this.vendorOrigin.length)}`;
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    return super.request({ ...opts, uri: this.gatewayUrl(opts.uri) });
  }
}
