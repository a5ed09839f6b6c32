import { afterEach, describe, expect, it } from "vitest";
import { parseSpec, readSpecAtRef, readWorkingTreeSpec } from "../src/load-spec.js";
import { TempRepo, thingsYaml } from "./helpers.js";

describe("parseSpec", () => {
  it("accepts $refs within the file", () => {
    expect(parseSpec(thingsYaml(), "things.yaml").openapi).toBe("3.1.0");
  });

  it("rejects a $ref to another file, saying where it is", () => {
    const text = [
      "openapi: 3.1.0",
      "paths:",
      "  /a:",
      "    get:",
      "      responses:",
      '        "200":',
      "          $ref: ./responses.yaml#/Ok",
    ].join("\n");
    expect(() => parseSpec(text, "a.yaml")).toThrow(
      'a.yaml: $ref "./responses.yaml#/Ok" at #/paths/~1a/get/responses/200 leaves the file',
    );
  });

  it("rejects YAML that is not an OpenAPI document", () => {
    expect(() => parseSpec("- just\n- a list\n", "list.yaml")).toThrow(
      /list\.yaml is not an OpenAPI document/,
    );
  });
});

describe("reading specs from git and from the working tree", () => {
  let repo: TempRepo | undefined;
  afterEach(() => repo?.dispose());

  it("reads each version", () => {
    repo = new TempRepo();
    repo.write("specs/things.yaml", thingsYaml());
    const base = repo.commit("things");
    repo.write(
      "specs/things.yaml",
      thingsYaml((document) => void (document.openapi = "3.1.1")),
    );

    expect(readSpecAtRef(repo.root, base, "specs/things.yaml").openapi).toBe("3.1.0");
    expect(readWorkingTreeSpec(repo.root, "specs/things.yaml").openapi).toBe("3.1.1");
  });
});
