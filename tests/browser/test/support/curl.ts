/**
 * Reads a `curl` command as the docs print it (POSIX shell words, `\` line continuations) and
 * turns it into the same request for `fetch`. Understands the options the docs use and refuses
 * any other, so a changed example fails loudly instead of being half sent.
 */
export interface CurlRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Shell words: single quotes literal, `'\''` an escaped quote, `\` + newline a continuation. */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let index = 0; index < command.length; index += 1) {
    const char = command[index]!;
    if (char === "'") {
      const end = command.indexOf("'", index + 1);
      if (end === -1) throw new Error(`unterminated quote in: ${command}`);
      word = (word ?? "") + command.slice(index + 1, end);
      index = end;
    } else if (char === "\\" && command[index + 1] === "\n") {
      index += 1;
    } else if (char === "\\") {
      word = (word ?? "") + (command[index + 1] ?? "");
      index += 1;
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? "") + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

export function parseCurl(command: string): CurlRequest {
  const [program, ...words] = shellWords(command.trim());
  if (program !== "curl") throw new Error(`not a curl command: ${command}`);
  const request: CurlRequest = { method: "", url: "", headers: {} };
  const form: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const value = () => {
      const next = words[++index];
      if (next === undefined) throw new Error(`${word} needs a value`);
      return next;
    };
    if (word === "-X" || word === "--request") request.method = value();
    else if (word === "-H" || word === "--header") {
      const header = value();
      const colon = header.indexOf(":");
      request.headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
    } else if (word === "-d" || word === "--data" || word === "--data-raw") request.body = value();
    else if (word === "--data-urlencode") {
      const field = value();
      const equals = field.indexOf("=");
      form.push(`${field.slice(0, equals)}=${encodeURIComponent(field.slice(equals + 1))}`);
    } else if (word.startsWith("-")) throw new Error(`unknown curl option ${word}`);
    else request.url = word;
  }
  if (form.length > 0) request.body = form.join("&");
  request.method ||= request.body === undefined ? "GET" : "POST";
  if (!request.url) throw new Error(`no URL in: ${command}`);
  return request;
}
