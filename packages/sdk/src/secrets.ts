import {
  isSecretName,
  MAX_REDACTION_DEPTH,
  REDACTED,
  redactBody,
} from "@switchboard/client-runtime";

// Shorter values would blot out ordinary words; the name-based redaction still covers them.
const MIN_SCRUBBED_LENGTH = 4;
/** The user info of a URL (`user:password@`) after its scheme; as in URLs, the last `@` ends it. */
const URL_USERINFO = /\b([a-z][a-z\d+.-]*:\/\/)([^\s/\\?#"'<>]*)@/gi;

/**
 * The credentials one update could leak: the vendor's configured secrets (a `baseUrl`'s user
 * info included) and every value the request body holds under a credential-like name
 * (`auth_token`, `password`, `pin`, ...).
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
   * A copy of this set plus the secrets inside a body no one else holds (the facade's snapshot
   * of the input): read only when something is scrubbed, so a quiet success never walks it.
   */
  withOwnedBody(body: unknown): SecretSet {
    return new SecretSet([], [...this.#sources, () => secretsIn(body)]);
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

  /** A string with every known secret cut out, and the user info of every URL in it. */
  scrubText(text: string): string {
    let result = text;
    for (const secret of this.#known()) result = result.replaceAll(secret, REDACTED);
    return result.replace(URL_USERINFO, `$1${REDACTED}@`);
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

/**
 * Values found under credential-like names, at any depth below them, as strings (`pin: 1234`
 * gives "1234"; booleans are no secret), and the user info of every URL anywhere. Bounded:
 * a cycle is read once, nesting past MAX_REDACTION_DEPTH is not read.
 */
export function secretsIn(value: unknown, underSecretName = false): string[] {
  const found: string[] = [];
  // An object is read once as a secret and once as not: the same one may sit under both names.
  const seen = { true: new Set<object>(), false: new Set<object>() };
  const pending: [unknown, boolean, number][] = [[value, underSecretName, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, secret, depth] = next;
    if (typeof item === "string") {
      if (secret) found.push(item);
      // Most strings hold no URL with user info; only those with an `@` are searched.
      if (item.includes("@")) found.push(...userInfoSecrets(item));
    } else if (secret && (typeof item === "number" || typeof item === "bigint")) {
      found.push(String(item));
    } else if (typeof item === "object" && item !== null && !seen[`${secret}`].has(item)) {
      seen[`${secret}`].add(item);
      if (depth >= MAX_REDACTION_DEPTH) continue;
      // Pushed last to first, so values come out in the order they are written.
      for (const [name, child] of Object.entries(item).reverse()) {
        pending.push([child, secret || (!Array.isArray(item) && isSecretName(name)), depth + 1]);
      }
    }
  }
  return found;
}

/** `http://user:pw@host`'s secrets: the whole user info, and the password as written and decoded. */
function userInfoSecrets(text: string): string[] {
  return [...text.matchAll(URL_USERINFO)].flatMap(([, , userInfo = ""]) => {
    const password = userInfo.slice(userInfo.indexOf(":") + 1);
    let decoded = password;
    try {
      decoded = decodeURIComponent(password);
    } catch {
      // Not percent-encoded after all: as written is all there is.
    }
    return [userInfo, password, decoded];
  });
}
