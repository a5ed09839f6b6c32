/**
 * A vendor section's methods: path parameters in path order, then the body, then per-call
 * options; the same request as `update` by name.
 */
import { beforeEach, expect, test } from "vitest";
import { clearJournal, readJournal } from "@switchboard/test-support";
import { acmeSwitchboard } from "../support/acme-facade.js";
import { documentedRequest } from "../support/acme-requests.js";

beforeEach(() => clearJournal());

test("sb.acme.updateQueue(queue_id, body) sends what update('acme.updateQueue', ...) sends", async () => {
  const sb = acmeSwitchboard();
  const { path, body } = documentedRequest("acme.updateQueue");
  const positional = await sb.acme.updateQueue(path.queue_id, body);
  const byName = await sb.update("acme.updateQueue", { path, body });
  expect(positional).toMatchObject({ ok: true, status: 200, attempts: 1 });
  expect(byName).toMatchObject({ ok: true, status: 200, attempts: 1 });
  expect(positional.ok && positional.data).toEqual(byName.ok && byName.data);
  const [first, second] = await readJournal();
  expect(first).toMatchObject({ method: "PATCH", path: `/v1/queues/${path.queue_id}` });
  expect(second).toMatchObject({ method: first!.method, path: first!.path });
});

test("the options after the body are the per-call settings", async () => {
  const sb = acmeSwitchboard();
  const { path, body } = documentedRequest("acme.updateAgent");
  const result = await sb.acme.updateAgent(path.agent_id, body, {
    headers: { "x-mock-fault": "status=503" },
    retry: false,
  });
  expect(!result.ok && result.error).toMatchObject({
    vendor: "acme",
    operation: "updateAgent",
    kind: "server",
    attempts: 1,
  });
  expect((await readJournal()).map(({ method, path }) => ({ method, path }))).toEqual([
    { method: "PUT", path: `/v1/agents/${path.agent_id}` },
  ]);
});

test("a body that breaks the spec is refused before sending, like update by name", async () => {
  const { path } = documentedRequest("acme.updateQueue");
  const result = await acmeSwitchboard().acme.updateQueue(path.queue_id, { priority: 11 });
  expect(!result.ok && result.error).toMatchObject({
    kind: "invalid_input",
    attempts: 0,
    issues: [{ path: "/body/priority", rule: "maximum" }],
  });
  expect(await readJournal()).toEqual([]);
});
