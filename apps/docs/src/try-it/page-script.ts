/*
 * The "Try it" pages' one script, served as `assets/try-it.js` (a module, no imports: the
 * build transpiles this file alone). The pure parts are exported so the docs tests can hold
 * them against client-runtime's encoder, credential headers and error formats; `boot()` wires
 * them to the page's forms when it runs in a browser.
 */

/** What a try page embeds for its script (`<script type="application/json" id="try-data">`). */
export interface TryScriptData {
  /** The vendor's prefix on the gateway: requests go to `/<prefix><path>`. */
  prefix: string;
  /** The vendor's error format (manifest `errorFormat`): how to read its refusals. */
  errorFormat: string;
  operations: Record<string, TryScriptOperation>;
}

export interface TryScriptOperation {
  method: string;
  path: string;
  /** Parameter names by where they go. */
  parameters: { path: string[]; query: string[]; header: string[] };
  auth: TryAuth | null;
  body: TryBody | null;
}

/** A security scheme, and the form fields (client option names) that hold its credential. */
export type TryAuth =
  | { type: "apiKey"; header: string; secret: string }
  | { type: "bearer"; secret: string }
  | { type: "basic"; username: string; secret: string };

export interface TryBody {
  mediaType: string;
  /** Form fields the spec sends as one JSON document (`encoding.<field>.contentType`). */
  encoding: Record<string, { contentType: string }>;
  /** Every documented request example, by name. */
  examples: { name: string; value: unknown }[];
}

/** One problem of a refused request: where (a JSON Pointer into `{ path, query, body }`) and why. */
export interface Problem {
  pointer: string;
  message: string;
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;
const FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";

/** The body's wire text, encoded as the clients encode it (client-runtime's `createBodySerializer`). */
export function encodeBody(body: TryBody, value: unknown): string {
  if (JSON_MEDIA_TYPE.test(body.mediaType)) return JSON.stringify(value);
  if (body.mediaType === FORM_MEDIA_TYPE) return encodeForm(value, body.encoding).toString();
  throw new Error(`Request media type "${body.mediaType}" is not supported`);
}

/** A form as OpenAPI lays it out: arrays repeat the field, JSON-encoded fields hold one document. */
export function encodeForm(
  value: unknown,
  encoding: Record<string, { contentType: string }>,
): URLSearchParams {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError("A form body must be an object of fields");
  }
  const form = new URLSearchParams();
  for (const [name, field] of Object.entries(value)) {
    if (field === undefined) continue;
    const contentType = Object.hasOwn(encoding, name) ? encoding[name]?.contentType : undefined;
    if (contentType !== undefined && JSON_MEDIA_TYPE.test(contentType)) {
      form.append(name, JSON.stringify(field));
    } else {
      for (const item of Array.isArray(field) ? field : [field]) {
        if (!["string", "number", "boolean"].includes(typeof item)) {
          throw new TypeError(`Form field "${name}" must be a string, number or boolean`);
        }
        form.append(name, String(item));
      }
    }
  }
  return form;
}

/** The credential header(s) of a scheme, from the form's credential fields. */
export function authHeaders(auth: TryAuth, fields: Record<string, string>): Record<string, string> {
  const secret = fields[auth.secret] ?? "";
  if (auth.type === "apiKey") return { [auth.header]: secret };
  if (auth.type === "bearer") return { Authorization: `Bearer ${secret}` };
  const pair = `${fields[auth.username] ?? ""}:${secret}`;
  let binary = "";
  for (const byte of new TextEncoder().encode(pair)) binary += String.fromCharCode(byte);
  return { Authorization: `Basic ${btoa(binary)}` };
}

/** The request path: `/<prefix>` and the template, each parameter one percent-encoded segment. */
export function requestPath(
  prefix: string,
  template: string,
  values: Record<string, string>,
  query: [string, string][] = [],
): string {
  const path = template.replace(/\{([^{}]+)\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? ""),
  );
  const search = new URLSearchParams(query).toString();
  return `/${prefix}${path}${search ? `?${search}` : ""}`;
}

/** `x-mock-fault` from the fault choices: `delay=200;status=500`, or none. */
export function faultHeader(status: string, delayMs: string): string | undefined {
  const parts = [];
  if (delayMs.trim() !== "" && Number(delayMs) > 0) parts.push(`delay=${Number(delayMs)}`);
  if (status !== "") parts.push(`status=${status}`);
  return parts.length > 0 ? parts.join(";") : undefined;
}

/** A JSON Pointer of tokens (RFC 6901: `~` as `~0`, `/` as `~1`). */
export function pointerOf(tokens: readonly (string | number)[]): string {
  return tokens
    .map((token) => `/${String(token).replace(/~/g, "~0").replace(/\//g, "~1")}`)
    .join("");
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * How each error format lists the problems of a refused request, as JSON Pointers. One small
 * reader per format (client-runtime's `ERROR_FORMATS` are the writers); each vendor's page
 * names its format.
 */
export const PROBLEM_READERS: Record<
  string,
  (body: unknown, operation: TryScriptOperation) => Problem[]
> = {
  // FastAPI: `{ detail: [{ loc: ["body", "name"], msg }] }`.
  fastapi: (body) =>
    isObject(body) && Array.isArray(body.detail)
      ? body.detail.filter(isObject).map((item) => ({
          pointer: pointerOf(Array.isArray(item.loc) ? item.loc : []),
          message: String(item.msg ?? ""),
        }))
      : [],
  // Problem details: the mock's `validation` extension member, `[{ location, message }]`.
  problem: (body) =>
    isObject(body) && Array.isArray(body.validation)
      ? body.validation.filter(isObject).map((item) => ({
          pointer: pointerOf(Array.isArray(item.location) ? item.location : []),
          message: String(item.message ?? ""),
        }))
      : [],
  // Twilio names fields, not locations: "Invalid parameter Routing.status: <why>; …". The
  // operation's parameters tell a path or query field from a body field.
  twilio: (body, operation) => {
    if (!isObject(body) || typeof body.message !== "string") return [];
    return body.message.split("; ").flatMap((part) => {
      const match = /^Invalid parameter (.+?): (.*)$/s.exec(part);
      if (match === null) return [];
      const [, field = "", message = ""] = match;
      const { path, query } = operation.parameters;
      const where = path.includes(field) ? "path" : query.includes(field) ? "query" : "body";
      if (where === "body" && ["body", "path", "query", "header"].includes(field)) {
        return [{ pointer: `/${field}`, message }];
      }
      const tokens = where === "body" ? field.split(".") : [field];
      return [{ pointer: pointerOf([where, ...tokens]), message }];
    });
  },
};

/** The problems a refusal lists, read in the vendor's format; none for anything else. */
export function problemsOf(
  format: string,
  body: unknown,
  operation: TryScriptOperation,
): Problem[] {
  const read = Object.hasOwn(PROBLEM_READERS, format) ? PROBLEM_READERS[format] : undefined;
  return read === undefined ? [] : read(body, operation);
}

/** Whether `/__health` answered as the mock gateway does, serving this page's vendor. */
export function isGatewayHealth(
  status: number,
  source: string | null,
  body: unknown,
  prefix: string,
): boolean {
  return (
    status === 200 &&
    source === "gateway" &&
    isObject(body) &&
    body.status === "ok" &&
    Array.isArray(body.specs) &&
    body.specs.some((spec) => isObject(spec) && spec.prefix === prefix)
  );
}

/* ---- The page ---- */

function text(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function fieldValues(form: HTMLFormElement, where: string): [string, string][] {
  return [...form.querySelectorAll<HTMLInputElement>(`[data-in="${where}"]`)].map((input) => [
    input.name,
    input.value,
  ]);
}

/** A control of the form's own (not a parameter: those may have any name). */
function selectValue(form: HTMLFormElement, control: string): string {
  const element = form.querySelector<HTMLSelectElement | HTMLInputElement>(
    `[data-control="${control}"]`,
  );
  return element?.value ?? "";
}

function show(form: HTMLFormElement, part: string, content: string): HTMLElement {
  const element = form.querySelector<HTMLElement>(`[data-result="${part}"]`);
  if (element === null) throw new Error(`the form has no ${part} result`);
  element.textContent = content;
  return element;
}

async function send(form: HTMLFormElement, data: TryScriptData): Promise<void> {
  const operationId = form.dataset.operation ?? "";
  const operation = data.operations[operationId];
  if (operation === undefined) return;
  const result = form.querySelector<HTMLElement>(".try-result");
  const problemList = form.querySelector<HTMLOListElement>("[data-result=problems]");
  if (result === null || problemList === null) return;
  result.hidden = false;
  result.dataset.state = "sending";
  problemList.replaceChildren();
  for (const part of ["status", "headers", "body", "journal"]) show(form, part, "");

  const headers: Record<string, string> = {};
  const credentials = Object.fromEntries(fieldValues(form, "credential"));
  if (operation.auth !== null) Object.assign(headers, authHeaders(operation.auth, credentials));
  for (const [name, value] of fieldValues(form, "header")) if (value !== "") headers[name] = value;
  const fault = faultHeader(selectValue(form, "fault"), selectValue(form, "delay"));
  if (fault !== undefined) headers["x-mock-fault"] = fault;
  const prefer = selectValue(form, "prefer");
  if (prefer !== "") headers.Prefer = prefer;

  let body: string | undefined;
  if (operation.body !== null) {
    const source = selectValue(form, "body");
    try {
      body = encodeBody(operation.body, JSON.parse(source));
    } catch (error) {
      show(form, "status", `Not sent: the body is not valid (${(error as Error).message})`);
      result.dataset.state = "invalid";
      return;
    }
    headers["Content-Type"] = operation.body.mediaType;
  }
  const query = fieldValues(form, "query").filter(([, value]) => value !== "");
  const url = requestPath(
    data.prefix,
    operation.path,
    Object.fromEntries(fieldValues(form, "path")),
    query,
  );

  let response: Response;
  try {
    response = await fetch(url, { method: operation.method.toUpperCase(), headers, body });
  } catch (error) {
    show(form, "status", `No answer: ${(error as Error).message}`);
    result.dataset.state = "failed";
    return;
  }
  const answer = await response.text();
  const parsed = parseJson(answer);
  show(form, "status", `${response.status} ${response.statusText}`).dataset.status = String(
    response.status,
  );
  show(
    form,
    "headers",
    [...response.headers].map(([name, value]) => `${name}: ${value}`).join("\n"),
  );
  show(form, "body", text(parsed));
  if (response.status >= 400 && response.status < 500) {
    for (const problem of problemsOf(data.errorFormat, parsed, operation)) {
      const item = document.createElement("li");
      const code = document.createElement("code");
      code.textContent = problem.pointer || "/";
      item.append(code, ` ${problem.message}`);
      problemList.append(item);
    }
  }
  const requestId = response.headers.get("x-request-id");
  const journal = show(form, "journal", "");
  if (requestId !== null) {
    const entries = await fetch(`/__journal?requestId=${encodeURIComponent(requestId)}`)
      .then((answer) => answer.json() as Promise<unknown>)
      .catch(() => []);
    const entry = Array.isArray(entries) ? entries[0] : undefined;
    journal.textContent = entry === undefined ? "(no journal entry)" : text(entry);
    journal.dataset.requestId = isObject(entry) ? String(entry.requestId) : "";
  }
  result.dataset.state = "done";
  result.dataset.requestId = requestId ?? "";
}

/** Puts the chosen request example into the body field. */
function chooseExample(form: HTMLFormElement, data: TryScriptData): void {
  const operation = data.operations[form.dataset.operation ?? ""];
  const name = selectValue(form, "example");
  const example = operation?.body?.examples.find((candidate) => candidate.name === name);
  const field = form.querySelector<HTMLTextAreaElement>('[data-control="body"]');
  if (example !== undefined && field !== null) field.value = JSON.stringify(example.value, null, 2);
}

async function gatewayServes(prefix: string): Promise<boolean> {
  try {
    const response = await fetch("/__health", { headers: { Accept: "application/json" } });
    const body = parseJson(await response.text());
    return isGatewayHealth(response.status, response.headers.get("x-mock-source"), body, prefix);
  } catch {
    return false;
  }
}

/** Wires the page: checks for the gateway, then enables the forms (or leaves them off). */
export async function boot(): Promise<void> {
  const dataElement = document.getElementById("try-data");
  if (dataElement === null) return;
  const data = JSON.parse(dataElement.textContent ?? "{}") as TryScriptData;
  const forms = [...document.querySelectorAll<HTMLFormElement>("form.try-form")];
  const online = await gatewayServes(data.prefix);
  document.body.dataset.gateway = online ? "present" : "absent";
  for (const form of forms) {
    const fieldset = form.querySelector("fieldset.try-fields");
    const offline = form.querySelector<HTMLElement>(".try-offline");
    if (!online || fieldset === null) continue;
    fieldset.removeAttribute("disabled");
    if (offline !== null) offline.hidden = true;
    form.querySelector('[data-control="example"]')?.addEventListener("change", () => {
      chooseExample(form, data);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void send(form, data);
    });
  }
}

if (typeof document !== "undefined") void boot();
