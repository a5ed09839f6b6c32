import { REDACTED } from "@switchboard/client-runtime";
import { describe, expect, test } from "vitest";
import { SecretSet, secretsIn } from "../../src/secrets.js";

const TOKEN = "canary-token-7e4a";
const SID = "AC0123456789abcdef";

describe("SecretSet.scrub", () => {
  const secrets = new SecretSet([TOKEN, SID]);

  test.each<{ name: string; value: unknown; scrubbed: unknown }>([
    // By name: whatever the value, at any depth (the client-runtime redactor).
    {
      name: "a credential-named field",
      value: { auth_token: "x" },
      scrubbed: { auth_token: REDACTED },
    },
    {
      name: "credential-named fields at any depth",
      value: { a: { b: [{ password: "pw" }, { apiKey: "k", label: "kept" }] } },
      scrubbed: { a: { b: [{ password: REDACTED }, { apiKey: REDACTED, label: "kept" }] } },
    },
    {
      name: "every string below a credential-named field",
      value: { credentials: { user: "ann", scopes: ["a", "b"], ttl: 60 } },
      scrubbed: { credentials: { user: REDACTED, scopes: [REDACTED, REDACTED], ttl: REDACTED } },
    },
    // By value: a known secret anywhere in any string.
    {
      name: "a known secret as a whole string",
      value: { note: TOKEN },
      scrubbed: { note: REDACTED },
    },
    {
      name: "a known secret inside text, deep down",
      value: { a: [{ b: { c: `Bearer ${TOKEN} for ${SID}` } }] },
      scrubbed: { a: [{ b: { c: `Bearer ${REDACTED} for ${REDACTED}` } }] },
    },
    {
      name: "every occurrence of a secret",
      value: [`${TOKEN}${TOKEN}`, `x ${TOKEN} y ${TOKEN}`],
      scrubbed: [`${REDACTED}${REDACTED}`, `x ${REDACTED} y ${REDACTED}`],
    },
    { name: "a bare string", value: `token=${TOKEN}`, scrubbed: `token=${REDACTED}` },
    // Everything else is kept.
    {
      name: "other values",
      value: { n: 1, ok: true, none: null, text: "hello", list: [1, "two"] },
      scrubbed: { n: 1, ok: true, none: null, text: "hello", list: [1, "two"] },
    },
    { name: "a number", value: 42, scrubbed: 42 },
    { name: "null", value: null, scrubbed: null },
    { name: "undefined", value: undefined, scrubbed: undefined },
  ])("$name", ({ value, scrubbed }) => {
    expect(secrets.scrub(value)).toEqual(scrubbed);
  });

  test("does not change its argument", () => {
    const value = { password: "pw", nested: { note: `x ${TOKEN}` } };
    const copy = structuredClone(value);
    secrets.scrub(value);
    expect(value).toEqual(copy);
  });
});

describe("SecretSet.scrubText", () => {
  test.each<{ name: string; secrets: string[]; text: string; scrubbed: string }>([
    { name: "no secrets", secrets: [], text: `x ${TOKEN}`, scrubbed: `x ${TOKEN}` },
    { name: "one secret", secrets: [TOKEN], text: `x ${TOKEN} y`, scrubbed: `x ${REDACTED} y` },
    {
      name: "a secret containing another is replaced whole (longest first)",
      secrets: ["abcd", "abcdefgh"],
      text: "abcdefgh abcd",
      scrubbed: `${REDACTED} ${REDACTED}`,
    },
    {
      name: "longest first whatever order they were given in",
      secrets: ["abcdefgh", "abcd"],
      text: "abcdefgh",
      scrubbed: REDACTED,
    },
    {
      name: "overlapping secrets: the longer one goes first",
      secrets: ["1234", "3456789"],
      text: "123456789",
      scrubbed: `12${REDACTED}`,
    },
    {
      name: "a 3-character value is too short to scrub",
      secrets: ["abc"],
      text: "abc abc",
      scrubbed: "abc abc",
    },
    { name: "an empty value is ignored", secrets: [""], text: "abc", scrubbed: "abc" },
    {
      name: "a 4-character value is scrubbed",
      secrets: ["abcd"],
      text: "abcd",
      scrubbed: REDACTED,
    },
    {
      name: "regular-expression characters are literal",
      secrets: ["a.b*c+$1"],
      text: "a.b*c+$1 aXbbbcc",
      scrubbed: `${REDACTED} aXbbbcc`,
    },
    {
      name: "replacement patterns in the text are left alone",
      secrets: ["s3cr3t"],
      text: "$& s3cr3t $'",
      scrubbed: `$& ${REDACTED} $'`,
    },
    { name: "case matters", secrets: ["Secret123"], text: "secret123", scrubbed: "secret123" },
    // A URL's user info goes, known or not; other uses of @ stay.
    {
      name: "the user info of every URL",
      secrets: [],
      text: "GET http://ann:pw@api.example/v1?x=1 then https://tok@b.example",
      scrubbed: `GET http://${REDACTED}@api.example/v1?x=1 then https://${REDACTED}@b.example`,
    },
    {
      name: "a known password inside a URL's user info",
      secrets: ["hunter2-pw"],
      text: "Request cannot be constructed from a URL that includes credentials: http://ann:hunter2-pw@h/x",
      scrubbed: `Request cannot be constructed from a URL that includes credentials: http://${REDACTED}@h/x`,
    },
    {
      name: "user info holding an @: up to the last one",
      secrets: [],
      text: "http://ann:p@ss@h/x",
      scrubbed: `http://${REDACTED}@h/x`,
    },
    {
      name: "e-mail addresses and mailto: are no URL user info",
      secrets: [],
      text: "ann@example.com mailto:bob@example.com http://h/a@b",
      scrubbed: "ann@example.com mailto:bob@example.com http://h/a@b",
    },
    {
      name: "duplicates are harmless",
      secrets: [TOKEN, TOKEN],
      text: TOKEN,
      scrubbed: REDACTED,
    },
  ])("$name", ({ secrets, text, scrubbed }) => {
    expect(new SecretSet(secrets).scrubText(text)).toBe(scrubbed);
  });

  test("accepts any iterable of values", () => {
    const set = new SecretSet(new Set([TOKEN]).values());
    expect(set.scrubText(TOKEN)).toBe(REDACTED);
  });
});

describe.each(["withBody", "withOwnedBody"] as const)("SecretSet.%s", (method) => {
  test("picks up strings under credential-like names in the body", () => {
    const body = {
      auth_token: "body-token-1234",
      user: { password: "hunter2!", name: "ann" },
      Status: "closed",
    };
    const set = new SecretSet([TOKEN])[method](body);
    expect(set.scrubText("body-token-1234 hunter2! ann closed " + TOKEN)).toBe(
      `${REDACTED} ${REDACTED} ann closed ${REDACTED}`,
    );
  });

  test("leaves the original set as it was", () => {
    const base = new SecretSet([TOKEN]);
    base[method]({ password: "hunter2!" });
    expect(base.scrubText("hunter2!")).toBe("hunter2!");
  });

  test("still ignores short values found in the body", () => {
    expect(new SecretSet([])[method]({ password: "pw1" }).scrubText("pw1")).toBe("pw1");
  });

  test("reads the body when made (withBody) or on the first scrub (withOwnedBody)", () => {
    let reads = 0;
    const body = {
      get password() {
        reads += 1;
        return "hunter2!";
      },
    };
    const set = new SecretSet([])[method](body);
    expect(reads).toBe(method === "withBody" ? 1 : 0);
    expect(set.scrubText("hunter2!")).toBe(REDACTED);
    expect(reads).toBe(1);
  });

  test.each([undefined, null, "text", 42, [], {}])(
    "a body without secrets (%s) adds none",
    (body) => {
      expect(new SecretSet([TOKEN])[method](body).scrubText(`${TOKEN} text 42`)).toBe(
        `${REDACTED} text 42`,
      );
    },
  );
});

describe("secretsIn", () => {
  test.each<{ name: string; value: unknown; secrets: string[] }>([
    { name: "a plain string", value: "token", secrets: [] },
    { name: "a plain object", value: { user: "ann", Status: "open" }, secrets: [] },
    { name: "auth_token", value: { auth_token: "t1" }, secrets: ["t1"] },
    { name: "password", value: { password: "p1" }, secrets: ["p1"] },
    {
      name: "apiKey, api-key, api_key",
      value: { apiKey: "a", "api-key": "b", api_key: "c" },
      secrets: ["a", "b", "c"],
    },
    {
      name: "secret names in any case",
      value: { AuthToken: "t", CLIENT_SECRET: "s" },
      secrets: ["t", "s"],
    },
    { name: "at any depth", value: { a: [{ b: { token: "deep" } }] }, secrets: ["deep"] },
    {
      name: "every value below a secret name, in the order written",
      value: { credentials: { user: "u", list: ["x", { y: "z" }], n: 1 } },
      secrets: ["u", "x", "z", "1"],
    },
    {
      name: "numbers under a secret name",
      value: { pin_token: 1234, pin: 4321 },
      secrets: ["1234", "4321"],
    },
    { name: "a BigInt under a secret name", value: { passcode: 98765n }, secrets: ["98765"] },
    // A boolean is one bit, and "true" scrubbed from every text would blot out ordinary words.
    { name: "not booleans", value: { token_set: true, pin: false }, secrets: [] },
    { name: "numbers elsewhere are no secret", value: { id: 1234 }, secrets: [] },
    {
      name: "the user info of a URL, whole, and its password as written and decoded",
      value: { baseUrl: "http://ann:pa%24%24word@api.example/v1" },
      secrets: ["ann:pa%24%24word", "pa%24%24word", "pa$$word"],
    },
    {
      name: "a URL user info without a password is all secret",
      value: ["see https://ghp_token1234@git.example/x"],
      secrets: ["ghp_token1234", "ghp_token1234", "ghp_token1234"],
    },
    { name: "a URL without user info", value: { url: "http://api.example/a@b" }, secrets: [] },
    { name: "arrays of bodies", value: [{ password: "p" }, { token: "t" }], secrets: ["p", "t"] },
    { name: "null", value: null, secrets: [] },
  ])("$name → $secrets", ({ value, secrets }) => {
    expect(secretsIn(value)).toEqual(secrets);
  });

  test("a string counts when its caller says it sits under a secret name", () => {
    expect(secretsIn("t", true)).toEqual(["t"]);
  });

  test("a value that contains itself is read once", () => {
    const value: Record<string, unknown> = { password: "pw-1234" };
    value.self = value;
    value.list = [value, { value }];
    expect(secretsIn(value)).toEqual(["pw-1234"]);
  });

  test("the same object under a secret name and another is read as both", () => {
    const shared = { code: "shared-5678" };
    expect(secretsIn({ plain: shared, secret: shared })).toEqual(["shared-5678"]);
  });

  test("nesting far past the redaction depth neither throws nor reads that deep", () => {
    let deep: unknown = { password: "too-deep-1234" };
    for (let level = 0; level < 10_000; level += 1) deep = { level: deep };
    expect(secretsIn({ token: "shallow-1234", deep })).toEqual(["shallow-1234"]);
  });
});
