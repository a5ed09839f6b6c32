import { isSecretName, REDACTED, redactBody } from "@switchboard/client-runtime";

// Shorter values would blot out ordinary words; the name-based redaction still covers them.
const MIN_SCRUBBED_LENGTH = 4;

/**
 * The credentials one update could leak: the vendor's configured secrets and every string the
 * request body holds under a credential-like name (`auth_token`, `password`, ...).
 *
 * The list to scrub with is built only when something is scrubbed: a successful update without
 * hooks never sorts one.
 */
export class SecretSet {
  #sources: (() => Iterable<string>)[];
  #values: string[] | undefined;

  constructor(values: Iterable<string>, sources: (() => Iterable<string>)[] = []) {
    const known = [...values];
    this.#sources = [() => known, ...sources];
  }

  /** A copy of this set plus the secrets inside a request body. */
  withBody(body: unknown): SecretSet {
    // Read now: the caller may change the body while the update is in flight.
    const inBody = secretsIn(body);
    return new SecretSet(inBody, this.#sources);
  }

  /**
   * Adds the credentials a request carries in its headers, whole and without their scheme:
   * HTTP basic's base64 `user:password` is a secret of its own.
   */
  addHeaders(headers: Headers): void {
    this.#sources.push(() => headerSecrets(headers));
    this.#values = undefined;
  }

  /** A copy with credential-named fields redacted and every known secret cut out of every string. */
  scrub<T>(value: T): T {
    return this.#scrubStrings(redactBody(value)) as T;
  }

  /** A string with every known secret cut out. */
  scrubText(text: string): string {
    let result = text;
    for (const secret of this.#known()) result = result.replaceAll(secret, REDACTED);
    return result;
  }

  #known(): string[] {
    this.#values ??= [...new Set(this.#sources.flatMap((source) => [...source()]))]
      .filter((value) => value.length >= MIN_SCRUBBED_LENGTH)
      // Longest first, so a secret containing another is replaced whole.
      .sort((a, b) => b.length - a.length);
    return this.#values;
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

function headerSecrets(headers: Headers): string[] {
  const found: string[] = [];
  for (const [name, value] of headers) {
    if (isSecretName(name)) found.push(value, value.replace(/^\S+\s+/, ""));
  }
  return found;
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
