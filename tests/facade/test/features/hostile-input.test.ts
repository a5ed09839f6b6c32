/**
 * Every input resolves: with `errors: "result"` no update and no section method rejects,
 * whatever the caller's objects do when read. What cannot be read as JSON is `invalid_input`
 * with the JSON Pointer where it happened, and nothing is sent.
 */
import { beforeEach, expect, test } from "vitest";
import { clearJournal, readJournal } from "@switchboard/test-support";
import { acmeSwitchboard } from "../support/acme-facade.js";
import { documentedRequest } from "../support/acme-requests.js";

beforeEach(() => clearJournal());

function circularBody() {
  const body: Record<string, unknown> = { name: "loop" };
  body.again = { body };
  return body;
}

function deepBody(levels: number) {
  let body: Record<string, unknown> = { name: "deep" };
  for (let level = 0; level < levels; level += 1) body = { name: body };
  return body;
}

const boom = () => {
  throw new Error("caller bug");
};

test.each([
  { name: "a circular body", body: circularBody(), path: "/body/again/body", rule: "cycle" },
  {
    name: "a body 2,500 deep",
    body: deepBody(2_500),
    path: expect.stringMatching(/^\/body(\/name)+$/),
    rule: "maxDepth",
  },
  {
    name: "a throwing getter",
    body: {
      get name() {
        return boom();
      },
    },
    path: "/body/name",
    rule: "unreadable",
  },
  {
    name: "a throwing toJSON",
    body: { name: { toJSON: boom } },
    path: "/body/name",
    rule: "unreadable",
  },
  { name: "a BigInt", body: { priority: 7n }, path: "/body/priority", rule: "type" },
])("$name: invalid_input ($rule), by name and by section method", async ({ body, path, rule }) => {
  const sb = acmeSwitchboard();
  const { path: params } = documentedRequest("acme.updateQueue");
  const byName = await sb.update("acme.updateQueue", { path: params, body: body as never });
  const bySection = await sb.acme.updateQueue(params.queue_id, body as never);
  for (const result of [byName, bySection]) {
    expect(!result.ok && result.error).toMatchObject({
      kind: "invalid_input",
      attempts: 0,
      issues: [{ path, rule, message: expect.any(String) }],
    });
  }
  expect(await readJournal()).toEqual([]);
});
