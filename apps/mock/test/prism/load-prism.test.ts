import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { prismHttp } from "../../src/prism/load-prism.js";
import { startMockGateway } from "../../src/index.js";

const require = createRequire(import.meta.url);
const fromPrism = createRequire(require.resolve("@stoplight/prism-http"));
const fromPrismCore = createRequire(fromPrism.resolve("@stoplight/prism-core"));
const fromRefParser = createRequire(fromPrism.resolve("@stoplight/json-schema-ref-parser"));
const loaded = (id: string) => require.cache[fromPrism.resolve(id)] !== undefined;

// Runs first: the later tests load faker and the Postman converter on purpose. (lodash/fp is not
// looked for here: any file's 401 in the same worker loads it.)
describe("loading prism-http", () => {
  test("leaves faker and the Postman converter unloaded, and no stub behind", () => {
    expect(typeof prismHttp.createInstance).toBe("function");
    expect(loaded("@faker-js/faker")).toBe(false);
    expect(loaded("@faker-js/faker/locale/en")).toBe(false);
    expect(loaded("@stoplight/http-spec/postman/operation")).toBe(false);
    expect(loaded("json-schema-faker")).toBe(false);
    expect(loaded("node-fetch")).toBe(false);
    expect(fromPrismCore.cache[fromPrismCore.resolve("pino")]).toBeUndefined();
    expect(fromRefParser.cache[fromRefParser.resolve("@stoplight/yaml")]).toBeUndefined();
  });
});

const FAKER_SPEC = `openapi: 3.1.0
info:
  title: Fake
  version: "1"
paths:
  /person:
    get:
      operationId: getPerson
      responses:
        "200":
          description: A person
          content:
            application/json:
              schema:
                type: object
                required: [email]
                properties:
                  email:
                    type: string
                    x-faker: internet.email
              example:
                email: static@example.com
`;

const LOCKED_SPEC = `openapi: 3.1.0
info:
  title: Locked
  version: "1"
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
security:
  - bearer: []
paths:
  /thing:
    get:
      operationId: getThing
      responses:
        "200":
          description: The thing
          content:
            application/json:
              example: { name: thing }
        "401":
          description: No credential
          content:
            application/json:
              example: { error: unauthorized }
`;

describe("what loads on first use", () => {
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  test("Prefer: dynamic=true still gets faker's data for an x-faker schema", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "switchboard-prism-test-"));
    folders.push(folder);
    await writeFile(path.join(folder, "fake.yaml"), FAKER_SPEC);
    const gateway = await startMockGateway({ specs: folder });
    try {
      const response = await fetch(`${gateway.vendors.fake}/person`, {
        headers: { prefer: "dynamic=true" },
      });
      expect(response.status).toBe(200);
      const { email } = (await response.json()) as { email: string };
      expect(email).not.toBe("static@example.com");
      expect(email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
      expect(loaded("@faker-js/faker/locale/en")).toBe(true);
    } finally {
      await gateway.close();
    }
  });

  test("a failed credential check is still answered as the spec documents", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "switchboard-prism-test-"));
    folders.push(folder);
    await writeFile(path.join(folder, "locked.yaml"), LOCKED_SPEC);
    const gateway = await startMockGateway({ specs: folder });
    try {
      const response = await fetch(`${gateway.url}/locked/thing`);
      expect(response.status).toBe(401);
      expect(await response.json()).toStrictEqual({ error: "unauthorized" });
      expect(loaded("lodash/fp")).toBe(true);
    } finally {
      await gateway.close();
    }
  });

  test("a Postman collection still converts", async () => {
    const operations = await prismHttp.getHttpOperationsFromSpec({
      info: { name: "collection" },
      item: [{ name: "thing", request: { method: "GET", url: "http://example.com/things/1" } }],
    });
    expect(operations.map(({ method, path }) => `${method} ${path}`)).toStrictEqual([
      "get /things/1",
    ]);
  });
});
