import { isSecretName, REDACTED, redactBody } from "@switchboard/client-runtime";

// Shorter values would blot out ordinary words; the name-based redaction still covers them.
const MIN_SCRUBBED_LENGTH = 4;

/**
 * The credentials one update could leak: the vendor's configured secrets and every string the
 * request body holds under a credential-like name (`auth_token`, `password`, ...).
 */
export class SecretSet {
  #values: string[] = [];

  constructor(values: Iterable<string>) {
    this.add(values);
  }

  add(values: Iterable<string>): void {
    this.#values = [...new Set([...this.#values, ...values])]
      .filter((value) => value.length >= MIN_SCRUBBED_LENGTH)
      // Longest first, so a secret containing another is replaced whole.
      .sort((a, b) => b.length - a.length);
  }

  /** A copy of this set plus the secrets inside a request body. */
  withBody(body: unknown): SecretSet {
    return new SecretSet([...this.#values, ...secretsIn(body)]);
  }

  /**
   * Adds the credentials a request carries in its headers, whole and without their scheme:
   * HTTP basic's base64 `user:password` is a secret of its own.
   */
  addHeaders(headers: Headers): void {
    for (const [name, value] of headers) {
      if (isSecretName(name)) this.add([value, value.replace(/^\S+\s+/, "")]);
    }
  }

  /** A copy with credential-named fields redacted and every known secret cut out of every string. */
  scrub<T>(value: T): T {
    return this.#scrubStrings(redactBody(value)) as T;
  }

  /** A string with every known secret cut out. */
  scrubText(text: string): string {
    let result = text;
    for (const secret of this.#values) result = result.replaceAll(secret, REDACTED);
    return result;
  }

  #scrubStrings(value: unknown): unknown {
    if (typeof value === "string") return this.scrubText(value);
    if (Array.isArray(value)) return value.map((item) => this.#scrubStrings(item));
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, this.#scrubStrings(item)]),
    );
  }
}

/** Strings found under credential-like names, at any depth below them. */
export function secretsIn(value: unknown, underSecretName = false): string[] {
  if (typeof value === "string") return underSecretName ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => secretsIn(item, underSecretName));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([name, item]) =>
    secretsIn(item, underSecretName || isSecretName(name)),
  );
}
