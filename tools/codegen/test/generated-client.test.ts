import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseYaml } from "@redocly/openapi-core";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeGeneratedFiles } from "../src/index.js";
import {
  generate,
  generateSources,
  linkRepository,
  removeWorkspace,
  scratchWorkspace,
} from "./support/fixture-workspace.js";

/*
 * The generated client compiles against @switchboard/client-runtime, and sends what its spec
 * says: the fixture (HTTP basic, its options renamed by x-switchboard, a server variable), and
 * the same spec with an API key and with a bearer token.
 */

let root: string;
beforeAll(async () => {
  root = await scratchWorkspace();
  await linkRepository(root);
  await writeGeneratedFiles(await generate(root));
});
afterAll(() => removeWorkspace(root));

// Compiled with the package's own tsconfig: the repository's strict settings, no Node types.
const USAGE = `import { createMiniClient, type MiniClient, type MiniClientOptions } from "../src/index.js";

const options: MiniClientOptions = { accountId: "AC1", secretKey: "s3", host: "eu.mini.test" };
const mini: MiniClient = createMiniClient(options);
const params = { path: { id: "7" }, header: { "X-Tenant": "acme" } };

export async function update(): Promise<string | undefined> {
  const { data, error } = await mini.POST("/things/{id}", {
    params: { ...params, query: { dryRun: true } },
    body: { Status: "open", Meta: { a: 1 }, Owner: { name: "Ann" } },
  });
  return error === undefined ? JSON.stringify(data) : undefined;
}

// @ts-expect-error a misspelt body field is a compile error
void mini.POST("/things/{id}", { params, body: { Status: "open", Stauts: "open" } });
// @ts-expect-error a value outside the spec's enum
void mini.POST("/things/{id}", { params, body: { Status: "paused" } });
// @ts-expect-error the vendor's option names, not the defaults
createMiniClient({ username: "AC1", password: "s3" });
// @ts-expect-error the secret is required
createMiniClient({ accountId: "AC1" });
`;

function typeErrors(tsconfig: string): string[] {
  const host = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic(diagnostic: ts.Diagnostic) {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, { noEmit: true }, host)!;
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${path.relative(root, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}: `
      : "";
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  });
}

test("the generated package type-checks against @switchboard/client-runtime, and types its calls", async () => {
  const packageDir = path.join(root, "packages/mini");
  await mkdir(path.join(packageDir, "test"), { recursive: true });
  await writeFile(path.join(packageDir, "test/usage.ts"), USAGE);
  expect(typeErrors(path.join(packageDir, "tsconfig.json"))).toEqual([]);

  // The check can fail: a call the spec does not allow, without @ts-expect-error.
  await writeFile(
    path.join(packageDir, "test/usage.ts"),
    USAGE.replaceAll("// @ts-expect-error", "// expected:"),
  );
  expect(typeErrors(path.join(packageDir, "tsconfig.json"))).toHaveLength(4);
});

/** A client module generated from the fixture spec with its security scheme replaced. */
async function clientWith(kind: string, scheme: Record<string, unknown>) {
  const fixture = parseYaml(await readFile(path.join(root, "specs/mini.yaml"), "utf8")) as {
    components: { securitySchemes: Record<string, unknown> };
  };
  const spec = {
    ...fixture,
    security: [{ MiniAuth: [] }],
    components: { ...fixture.components, securitySchemes: { MiniAuth: scheme } },
  };
  const dir = path.join(root, "variants", kind);
  await mkdir(dir, { recursive: true });
  const specFile = path.join(dir, "mini.yaml");
  await writeFile(specFile, JSON.stringify(spec, null, 2));
  return importClient(specFile, path.join(dir, "src"));
}

type Factory = (options: Record<string, unknown>) => {
  POST(url: string, init: Record<string, unknown>): Promise<{ response: Response }>;
};

async function importClient(specFile: string, srcDir: string): Promise<Factory> {
  await writeGeneratedFiles((await generateSources(root, specFile, srcDir)).files);
  const module = (await import(pathToFileURL(path.join(srcDir, "client.ts")).href)) as {
    createMiniClient: Factory;
  };
  return module.createMiniClient;
}

/** Sends updateThing through a client made with `options`; returns the request fetch got. */
async function sent(createClient: Factory, options: Record<string, unknown>): Promise<Request> {
  let request: Request | undefined;
  const fetch = async (input: Request) => {
    request = input;
    return Response.json({ ok: true });
  };
  const client = createClient({ ...options, fetch });
  await client.POST("/things/{id}", {
    params: { path: { id: "7" }, header: { "X-Tenant": "acme" }, query: { dryRun: true } },
    body: { Status: "open", Meta: { a: 1 } },
  });
  if (request === undefined) throw new Error("nothing was sent");
  return request;
}

describe("the generated client at run time", () => {
  let basic: Factory;
  beforeAll(async () => {
    basic = await importClient(
      path.join(root, "specs/mini.yaml"),
      path.join(root, "packages/mini/src"),
    );
  });

  test.each<{ name: string; options: Record<string, unknown>; url: string }>([
    {
      name: "the server variable's default",
      options: {},
      url: "https://api.mini.test/base/things/7?dryRun=true",
    },
    {
      name: "the server variable's option",
      options: { host: "eu.mini.test" },
      url: "https://eu.mini.test/base/things/7?dryRun=true",
    },
    {
      name: "baseUrl over the server variable",
      options: { host: "eu.mini.test", baseUrl: "http://127.0.0.1:4010/mini" },
      url: "http://127.0.0.1:4010/mini/things/7?dryRun=true",
    },
  ])("sends to $name", async ({ options, url }) => {
    const request = await sent(basic, { accountId: "AC1", secretKey: "s3", ...options });
    expect(request.url).toBe(url);
    expect(request.method).toBe("POST");
  });

  test("encodes the body in the operation's media type", async () => {
    const request = await sent(basic, { accountId: "AC1", secretKey: "s3" });
    expect(request.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(await request.text()).toBe("Status=open&Meta=%7B%22a%22%3A1%7D");
    expect(request.headers.get("X-Tenant")).toBe("acme");
  });

  test("HTTP basic, from the options x-switchboard names", async () => {
    const request = await sent(basic, { accountId: "AC1", secretKey: "s3" });
    expect(request.headers.get("authorization")).toBe(`Basic ${btoa("AC1:s3")}`);
  });

  test("a missing credential names the vendor's option, never its value", () => {
    expect(() => basic({ accountId: "AC1" })).toThrow(
      "createMiniClient: options.secretKey is required",
    );
  });

  test.each([
    {
      kind: "apiKey",
      scheme: { type: "apiKey", in: "header", name: "X-Mini-Key" },
      options: { apiKey: "k3y" },
      header: ["X-Mini-Key", "k3y"],
    },
    {
      kind: "bearer",
      scheme: { type: "http", scheme: "bearer" },
      options: { token: "t0k" },
      header: ["Authorization", "Bearer t0k"],
    },
    {
      kind: "renamed bearer",
      scheme: {
        type: "http",
        scheme: "bearer",
        "x-switchboard": { credentialOptions: { token: "accessToken" } },
      },
      options: { accessToken: "t0k" },
      header: ["Authorization", "Bearer t0k"],
    },
  ])(
    "$kind: sends the credential as its scheme says",
    async ({ kind, scheme, options, header }) => {
      const createClient = await clientWith(kind.replace(" ", "-"), scheme);
      const request = await sent(createClient, options);
      const [name = "", value] = header;
      expect(request.headers.get(name)).toBe(value);
      expect(request.url).toBe("https://api.mini.test/base/things/7?dryRun=true");
    },
  );
});
