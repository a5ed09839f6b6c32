/*
 * How a vendor API's name in redocly.yaml (`twilio-flex@v1`) becomes every other name: the
 * mock's URL prefix, package folder and spec file (`twilio-flex`), the facade key
 * (`twilioFlex`), and the client's identifiers (`createTwilioFlexClient`).
 */

/** A vendor name: lower-case words joined by `-`, usable as a URL segment, folder and npm name. */
const VENDOR_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `twilio-flex@v1` → `twilio-flex`; throws naming the rule when the name cannot be one. */
export function vendorNameOf(apiName: string): string {
  const name = apiName.replace(/@[^@]*$/, "");
  if (!VENDOR_NAME.test(name)) {
    throw new Error(
      `API "${apiName}": its name must be lower-case words joined by "-" (like "acme-voice@v1"), so it can be a URL prefix, a folder and a package name`,
    );
  }
  return name;
}

/** `acme-voice` → `acmeVoice`, `api_endpoint` → `apiEndpoint`. */
export function camelCase(name: string): string {
  const [first = "", ...rest] = name.split(/[-_.\s]+/).filter(Boolean);
  return first + rest.map(capitalize).join("");
}

/** `acme-voice` → `AcmeVoice`. */
export function pascalCase(name: string): string {
  return capitalize(camelCase(name));
}

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
