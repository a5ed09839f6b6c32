import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatChange } from "../src/change.js";
import { classifyChanges } from "../src/classify.js";
import { parseSpec } from "../src/load-spec.js";
import type { OpenApiDocument } from "../src/openapi.js";
import { repoSpecs, schema } from "./helpers.js";

const load = (name: string): OpenApiDocument => {
  const file = new URL(`../../../specs/${name}.yaml`, import.meta.url);
  return parseSpec(readFileSync(file, "utf8"), `specs/${name}.yaml`);
};

async function breakingAfter(name: string, edit: (document: OpenApiDocument) => void) {
  const head = load(name);
  edit(head);
  const { breaking } = await classifyChanges(load(name), head, name);
  return breaking.map(formatChange);
}

describe("the repository's specs", () => {
  it.each(repoSpecs())("$spec has no change against itself", async ({ spec, document }) => {
    expect(await classifyChanges(document, structuredClone(document), spec)).toEqual({
      breaking: [],
      nonBreaking: [],
    });
  });

  it("twilio-flex: dropping a Status value of the form body is breaking (openapi-diff alone misses it)", async () => {
    const lines = await breakingAfter("twilio-flex", (document) => {
      schema(document, "InteractionChannelUpdate", "properties", "Status").enum = ["closed"];
    });
    expect(lines).toEqual([
      "POST /v1/Interactions/{InteractionSid}/Channels/{Sid} request body (application/x-www-form-urlencoded) field Status: " +
        'no longer accepts "inactive" [request-enum-narrowed] at #/components/schemas/InteractionChannelUpdate/properties/Status',
    ]);
  });

  it("watsonx-orchestrate: a request field that is no longer nullable is breaking", async () => {
    const lines = await breakingAfter("watsonx-orchestrate", (document) => {
      schema(document, "PhoneConfigUpdate", "properties", "name").type = "string";
    });
    expect(lines).toEqual([
      "PATCH /api/v1/channels/phone/{config_id} request body (application/json) field name: " +
        "type null | string changed to string [field-type-changed] at #/components/schemas/PhoneConfigUpdate/properties/name",
    ]);
  });
});
