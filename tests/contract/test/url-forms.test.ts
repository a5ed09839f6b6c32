/**
 * The URLs the vendors' official clients build, sent to the gateway as those clients send them,
 * from the base URL a user gives them for the mock (with and without a trailing slash). Each is
 * answered as the vendor's front door answers it: the operation, or the vendor's redirect to it.
 *
 * How each client joins its base URL and path is a fact of that client, pinned here from its
 * request-building code at the commit named beside it; the redirects are derived from the
 * manifest (every operation of a vendor whose error format is FastAPI's).
 */
import {
  allOperations,
  documentedWireRequest,
  examplePathParams,
  findOperation,
  operationInit,
  operationUrl,
  readJournal,
  successResponse,
  vendorNamed,
  vendorUrl,
  type Operation,
} from "@switchboard/test-support";
import { describe, expect } from "vitest";

import { caseTests, expectMatchesResponse } from "./support/expectations.js";

interface ClientForm {
  /** The client, and where in it the URL is built. */
  client: string;
  vendor: string;
  operationId: string;
  /** The URL the client sends, from the base URL the user gives it and the path parameters. */
  url(base: string, params: Record<string, string>): string;
}

const CLIENT_FORMS: readonly ClientForm[] = [
  {
    // src/base/Domain.ts and Version.ts trim the slashes around each part and join them with
    // one; interactionChannel.ts puts the SIDs in unencoded. The SDK has no base URL option:
    // a custom httpClient (its documented way to send elsewhere) swaps the vendor's origin for
    // the base URL. twilio-python (twilio/base/domain.py, version.py) builds the same URL.
    client: "twilio-node 45d3d65 / twilio-python 306691e",
    vendor: "twilio-flex",
    operationId: "updateInteractionChannel",
    url: (base, { InteractionSid, Sid }) =>
      `${base}/v1/Interactions/${InteractionSid}/Channels/${Sid}`,
  },
  {
    // src/syllable_sdk/utils/url.py generate_url: one trailing slash off the server URL, then
    // the path as the spec spells it (channels.py: "/api/v1/channels/").
    client: "syllable-sdk-python 7bad221",
    vendor: "syllable",
    operationId: "updateChannel",
    url: (base) => `${withoutOneTrailingSlash(base)}/api/v1/channels/`,
  },
  {
    // campaigns.py update: "/api/v1/outbound/campaigns/{campaign_id}", the id as text.
    client: "syllable-sdk-python 7bad221",
    vendor: "syllable",
    operationId: "updateOutboundCampaign",
    url: (base, { campaign_id }) =>
      `${withoutOneTrailingSlash(base)}/api/v1/outbound/campaigns/${campaign_id}`,
  },
  {
    // src/lib/sdks.ts _createRequest: every trailing slash off the base URL's path, one added,
    // and the path (its leading slashes dropped by lib/url.ts pathToFunc) resolved against it.
    client: "syllable-sdk-typescript 1660712",
    vendor: "syllable",
    operationId: "updateChannel",
    url: (base) => resolvedUnder(base, "/api/v1/channels/"),
  },
  {
    // src/funcs/outboundCampaignsUpdate.ts: the id percent-encoded (encodeSimple).
    client: "syllable-sdk-typescript 1660712",
    vendor: "syllable",
    operationId: "updateOutboundCampaign",
    url: (base, { campaign_id }) =>
      resolvedUnder(base, `/api/v1/outbound/campaigns/${encodeURIComponent(campaign_id!)}`),
  },
  {
    // packages/clients/.../common/base_client.py: every trailing slash off, then "/v1" for a
    // local instance (is_local_dev: a base URL on 127.0.0.1 or localhost, as the mock's is);
    // phone/phone_client.py update_phone_channel: "/../" + "/api/v1/channels" + "/phone/<id>".
    // requests removes the dot segment and keeps the empty one: a doubled slash after the base.
    client: "ibm-watsonx-orchestrate-adk 957b3e3 (local base URL)",
    vendor: "watsonx-orchestrate",
    operationId: "updatePhoneConfig",
    url: (base, { config_id }) =>
      new URL(`${base.replace(/\/+$/, "")}/v1/..//api/v1/channels/phone/${config_id}`).href,
  },
];

function withoutOneTrailingSlash(base: string): string {
  return base.endsWith("/") ? base.slice(0, -1) : base;
}

function resolvedUnder(base: string, path: string): string {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/`;
  return new URL(path.replace(/^\/+/, ""), url).href;
}

/** The base URLs a user gives a client for the mock: the gateway's, and with a trailing slash. */
function baseUrls(vendor: string): string[] {
  return [vendorUrl(vendor), `${vendorUrl(vendor)}/`];
}

/** The operation's documented request, as a client sends it: credentials and body, no query. */
function clientInit(operation: Operation) {
  const { body } = documentedWireRequest(operation);
  return operationInit(operation, body ? { body } : {});
}

async function lastJournalEntries(count: number) {
  return (await readJournal()).slice(-count);
}

describe("the URL each official client builds reaches the operation", () => {
  const cases = CLIENT_FORMS.flatMap((form) =>
    [false, true].map((trailingSlash) => ({
      ...form,
      trailingSlash,
      name: `${form.client}: ${form.vendor} ${form.operationId}, base URL ${trailingSlash ? "with" : "without"} a trailing slash`,
    })),
  );
  caseTests(cases, async ({ vendor, operationId, url, trailingSlash }) => {
    const operation = findOperation(vendor, operationId);
    const base = baseUrls(vendor)[trailingSlash ? 1 : 0]!;
    const target = url(base, examplePathParams(operation));
    const response = await fetch(target, { ...clientInit(operation), redirect: "manual" });
    const success = successResponse(operation);
    expect(response.status, `${target}: ${await response.clone().text()}`).toBe(
      Number(success.status),
    );
    expectMatchesResponse(operation, success, await response.json());
    const [entry] = await lastJournalEntries(1);
    expect(entry).toMatchObject({
      vendor,
      operationId,
      path: new URL(target).pathname.slice(`/${vendor}`.length),
    });
  });
});

/** Every operation of a vendor whose server is FastAPI, at the other trailing-slash form. */
function fastApiSlashForms() {
  return allOperations()
    .filter((operation) => vendorNamed(operation.vendor).errorFormat === "fastapi")
    .map((operation) => {
      const canonical = new URL(operationUrl(vendorUrl(operation.vendor), operation));
      const other = canonical.pathname.endsWith("/")
        ? canonical.pathname.replace(/\/+$/, "")
        : `${canonical.pathname}/`;
      return { name: `${operation.label} at ${other}`, operation, canonical, other };
    });
}

describe("a FastAPI vendor's other trailing-slash form: its 307, which a client follows", () => {
  caseTests(fastApiSlashForms(), async ({ operation, canonical, other }) => {
    const target = new URL(other, canonical).href;
    const redirected = await fetch(target, { ...clientInit(operation), redirect: "manual" });
    expect(redirected.status, await redirected.clone().text()).toBe(307);
    expect(redirected.headers.get("location")).toBe(canonical.pathname);

    // fetch (the TypeScript SDK's), httpx and requests follow a 307 with method and body.
    const followed = await fetch(target, clientInit(operation));
    const success = successResponse(operation);
    expect(followed.status, await followed.clone().text()).toBe(Number(success.status));
    expectMatchesResponse(operation, success, await followed.json());
    const entries = await lastJournalEntries(2);
    expect(entries.map(({ operationId, status }) => ({ operationId, status }))).toStrictEqual([
      { operationId: operation.operationId, status: 307 },
      { operationId: operation.operationId, status: Number(success.status) },
    ]);
  });
});
