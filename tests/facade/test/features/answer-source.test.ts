/**
 * `UpdateError.source`: the mock gateway marks answers it gives on its own behalf with
 * `x-mock-source: gateway`; the facade tells them from the (mocked) vendor's.
 */
import { GATEWAY_SOURCE, MOCK_SOURCE_HEADER } from "@switchboard/client-runtime";
import { closedPortUrl } from "@switchboard/test-support";
import { expect, test } from "vitest";
import { acmeSwitchboard } from "../support/acme-facade.js";
import { documentedRequest } from "../support/acme-requests.js";

const problem = { title: "Bad Request", status: 400, detail: "x-mock-fault: no such fault" };

test.each<{ name: string; headers: Record<string, string>; source: string }>([
  {
    name: "marked by the gateway",
    headers: { [MOCK_SOURCE_HEADER]: GATEWAY_SOURCE },
    source: "mock-gateway",
  },
  { name: "unmarked", headers: {}, source: "vendor" },
  {
    name: "marked with another value",
    headers: { [MOCK_SOURCE_HEADER]: "vendor" },
    source: "vendor",
  },
])("an answer $name: source $source, in JSON too", async ({ headers, source }) => {
  const fetch = async () => Response.json(problem, { status: 400, headers });
  const result = await acmeSwitchboard({ retry: false }, { fetch }).update(
    "acme.updateQueue",
    documentedRequest("acme.updateQueue"),
  );
  expect(!result.ok && result.error).toMatchObject({ kind: "validation", status: 400, source });
  expect(JSON.parse(JSON.stringify(result))).toMatchObject({ error: { source } });
});

test("no answer at all: source null", async () => {
  const sb = acmeSwitchboard({ retry: false }, { baseUrl: await closedPortUrl() });
  const result = await sb.update("acme.updateQueue", documentedRequest("acme.updateQueue"));
  expect(!result.ok && result.error).toMatchObject({ kind: "network", source: null });
});
