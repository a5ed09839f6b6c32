import type {
  Credential,
  CredentialOptionNames,
  SecuritySchemeMetadata,
} from "@switchboard/client-runtime";
import type { VendorKey, VendorOptions } from "@switchboard/sdk";

/** A Twilio Account SID as a placeholder: `AC` and 32 hex digits. */
export const TWILIO_ACCOUNT_SID_PLACEHOLDER = `AC${"a".repeat(32)}`;

type Option<Vendor extends VendorKey> = readonly [
  name: keyof VendorOptions<Vendor> & string,
  placeholder: string,
];

interface VendorCredentialOptions<Vendor extends VendorKey> {
  /** The client option holding the secret (API key, token or password) and its placeholder. */
  readonly secret: Option<Vendor>;
  /** The client option holding the user name of HTTP basic auth, and its placeholder. */
  readonly username?: Option<Vendor>;
}

/**
 * Obvious placeholder credentials per vendor, under the option names each client takes them
 * by. Checked against the SDK's option types: a renamed option or a vendor the SDK gains
 * without an entry here fails to compile.
 */
const VENDOR_CREDENTIALS = {
  syllable: { secret: ["apiKey", "your_syllable_api_key"] },
  healthing: { secret: ["token", "your_healthing_token"] },
  watsonxOrchestrate: { secret: ["token", "your_watsonx_token"] },
  twilioFlex: {
    username: ["accountSid", TWILIO_ACCOUNT_SID_PLACEHOLDER],
    secret: ["authToken", "your_auth_token"],
  },
} as const satisfies { readonly [Vendor in VendorKey]: VendorCredentialOptions<Vendor> };

/** A vendor's placeholder credential, as client options and as `authenticationHeaders` takes it. */
export interface SampleCredential {
  /** The client options that carry it, e.g. `{ accountSid: "AC…", authToken: "…" }`. */
  options: Record<string, string>;
  credential: Credential;
  optionNames: CredentialOptionNames;
}

/** The placeholder credential of a vendor the facade knows; undefined for any other. */
export function vendorSampleCredential(facadeKey: string): SampleCredential | undefined {
  if (!Object.hasOwn(VENDOR_CREDENTIALS, facadeKey)) return undefined;
  const entry: {
    readonly secret: readonly [string, string];
    readonly username?: readonly [string, string];
  } = VENDOR_CREDENTIALS[facadeKey as VendorKey];
  const [secretName, secret] = entry.secret;
  if (entry.username === undefined) {
    return {
      options: { [secretName]: secret },
      credential: secret,
      optionNames: { secret: secretName },
    };
  }
  const [usernameName, username] = entry.username;
  return {
    options: { [usernameName]: username, [secretName]: secret },
    credential: { username, password: secret },
    optionNames: { secret: secretName, username: usernameName },
  };
}

/** A placeholder for a scheme whose vendor has no client in the facade (yet). */
export function schemeSampleCredential(scheme: SecuritySchemeMetadata): SampleCredential {
  if (scheme.type === "apiKey") {
    return { options: {}, credential: "your_api_key", optionNames: { secret: "apiKey" } };
  }
  if (scheme.scheme === "bearer") {
    return { options: {}, credential: "your_token", optionNames: { secret: "token" } };
  }
  return {
    options: {},
    credential: { username: "your_username", password: "your_password" },
    optionNames: { secret: "password", username: "username" },
  };
}
