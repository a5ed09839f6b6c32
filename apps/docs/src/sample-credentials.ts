import type { Credential, CredentialOptionNames } from "@switchboard/client-runtime";
import { placeholderCredentials, type VendorAuth } from "@switchboard/client-runtime/spec";

/** A vendor's placeholder credential, as client options and as `authenticationHeaders` takes it. */
export interface SampleCredential {
  /** The client options that carry it, e.g. `{ accountSid: "your_account_sid", authToken: … }`. */
  options: Record<string, string>;
  credential: Credential;
  optionNames: CredentialOptionNames;
}

/** Obvious placeholders under the option names the vendor's client takes its credential by. */
export function sampleCredential(auth: VendorAuth): SampleCredential {
  const options = placeholderCredentials(auth);
  const secretOption = auth.options.secret;
  const secret = options[secretOption] ?? "";
  if (auth.kind !== "basic") {
    return { options, credential: secret, optionNames: { secret: secretOption } };
  }
  const usernameOption = auth.options.username ?? "username";
  return {
    options,
    credential: { username: options[usernameOption] ?? "", password: secret },
    optionNames: { secret: secretOption, username: usernameOption },
  };
}
