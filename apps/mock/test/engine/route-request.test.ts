import { beforeAll, describe, expect, test } from "vitest";
import { prepareVendor } from "../../src/engine/prepare-vendor.js";
import { routeRequest } from "../../src/engine/route-request.js";
import type { Vendor } from "../../src/engine/vendor.js";

/** Three shapes of path: one ending in a slash, one with a parameter under two methods, one without. */
const DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "Routes", version: "1" },
  paths: {
    "/api/v1/channels/": { put: operation("updateChannel") },
    "/api/v1/campaigns/{campaign_id}": {
      parameters: [
        { name: "campaign_id", in: "path", required: true, schema: { type: "integer" } },
      ],
      put: operation("updateCampaign"),
      get: operation("getCampaign"),
    },
    "/v1/Things/{Sid}": {
      parameters: [{ name: "Sid", in: "path", required: true, schema: { type: "string" } }],
      post: operation("updateThing"),
    },
  },
};

function operation(operationId: string) {
  return { operationId, responses: { "200": { description: "OK" } } };
}

let fastapi: Vendor;
let twilio: Vendor;
beforeAll(async () => {
  const described = { title: "Routes", version: "1", document: DOCUMENT };
  fastapi = await prepareVendor({ ...described, name: "fast", errorFormat: "fastapi" });
  twilio = await prepareVendor({ ...described, name: "twil", errorFormat: "twilio" });
});

/** What a routing decision comes to, in one line of the table. */
function outcome(vendor: Vendor, method: string, received: string) {
  const { path, matched, redirectTo } = routeRequest(vendor, method, received);
  return {
    path,
    operationId: matched?.route.operationId,
    pathParams: matched?.pathParams,
    redirectTo,
  };
}

describe("routeRequest: the operation, the vendor's redirect, or nothing (Prism's 404/405)", () => {
  test.each([
    // The forms the spec spells: the operation, whatever the error format.
    {
      format: "fastapi",
      method: "PUT",
      received: "/api/v1/channels/",
      path: "/api/v1/channels/",
      operationId: "updateChannel",
    },
    {
      format: "fastapi",
      method: "PUT",
      received: "/api/v1/campaigns/7",
      path: "/api/v1/campaigns/7",
      operationId: "updateCampaign",
      pathParams: { campaign_id: "7" },
    },
    {
      format: "fastapi",
      method: "GET",
      received: "/api/v1/campaigns/7",
      path: "/api/v1/campaigns/7",
      operationId: "getCampaign",
      pathParams: { campaign_id: "7" },
    },
    {
      format: "twilio",
      method: "POST",
      received: "/v1/Things/TH1",
      path: "/v1/Things/TH1",
      operationId: "updateThing",
      pathParams: { Sid: "TH1" },
    },
    // A doubled slash where base URL and path meet reads as one, for every format.
    {
      format: "fastapi",
      method: "PUT",
      received: "//api/v1/channels/",
      path: "/api/v1/channels/",
      operationId: "updateChannel",
    },
    {
      format: "fastapi",
      method: "PUT",
      received: "///api/v1/campaigns/7",
      path: "/api/v1/campaigns/7",
      operationId: "updateCampaign",
      pathParams: { campaign_id: "7" },
    },
    {
      format: "twilio",
      method: "POST",
      received: "//v1/Things/TH1",
      path: "/v1/Things/TH1",
      operationId: "updateThing",
      pathParams: { Sid: "TH1" },
    },
    // FastAPI's router: the other trailing-slash form, redirected (all trailing slashes off, or one on).
    {
      format: "fastapi",
      method: "PUT",
      received: "/api/v1/channels",
      path: "/api/v1/channels",
      operationId: "updateChannel",
      redirectTo: "/api/v1/channels/",
    },
    {
      format: "fastapi",
      method: "PUT",
      received: "//api/v1/channels",
      path: "/api/v1/channels",
      operationId: "updateChannel",
      redirectTo: "/api/v1/channels/",
    },
    {
      format: "fastapi",
      method: "PUT",
      received: "/api/v1/campaigns/7/",
      path: "/api/v1/campaigns/7/",
      operationId: "updateCampaign",
      pathParams: { campaign_id: "7" },
      redirectTo: "/api/v1/campaigns/7",
    },
    {
      format: "fastapi",
      method: "PUT",
      received: "/api/v1/campaigns/7///",
      path: "/api/v1/campaigns/7///",
      operationId: "updateCampaign",
      pathParams: { campaign_id: "7" },
      redirectTo: "/api/v1/campaigns/7",
    },
    // ...whatever the method: the redirected request then gets its 405 (no operation to name here).
    {
      format: "fastapi",
      method: "DELETE",
      received: "/api/v1/campaigns/7/",
      path: "/api/v1/campaigns/7/",
      redirectTo: "/api/v1/campaigns/7",
    },
    {
      format: "fastapi",
      method: "GET",
      received: "/api/v1/channels",
      path: "/api/v1/channels",
      redirectTo: "/api/v1/channels/",
    },
    // A path some operation has under another method is Prism's 405, not a redirect.
    {
      format: "fastapi",
      method: "DELETE",
      received: "/api/v1/campaigns/7",
      path: "/api/v1/campaigns/7",
    },
    { format: "fastapi", method: "POST", received: "/api/v1/channels/", path: "/api/v1/channels/" },
    // Other formats say nothing of the server's redirects: 404.
    { format: "twilio", method: "POST", received: "/v1/Things/TH1/", path: "/v1/Things/TH1/" },
    { format: "twilio", method: "PUT", received: "/api/v1/channels", path: "/api/v1/channels" },
    // Case counts; a doubled slash inside the path is another path; one slash too many at the end
    // of a path that ends in one is not the other form; the root has no other form.
    { format: "fastapi", method: "PUT", received: "/API/v1/channels/", path: "/API/v1/channels/" },
    {
      format: "fastapi",
      method: "PUT",
      received: "/api//v1/channels/",
      path: "/api//v1/channels/",
    },
    {
      format: "fastapi",
      method: "PUT",
      received: "/api/v1/channels//",
      path: "/api/v1/channels//",
    },
    {
      format: "fastapi",
      method: "PUT",
      received: "/api/v1//campaigns/7",
      path: "/api/v1//campaigns/7",
    },
    {
      format: "fastapi",
      method: "PUT",
      received: "/api/v1/campaigns//",
      path: "/api/v1/campaigns//",
    },
    { format: "fastapi", method: "GET", received: "/", path: "/" },
    { format: "fastapi", method: "GET", received: "//", path: "/" },
    {
      format: "twilio",
      method: "POST",
      received: "/v1/Things/TH1.json",
      path: "/v1/Things/TH1.json",
      operationId: "updateThing",
      pathParams: { Sid: "TH1.json" },
    },
  ])(
    "$format: $method $received → $operationId, redirect $redirectTo",
    ({ format, method, received, ...expected }) => {
      const vendor = format === "fastapi" ? fastapi : twilio;
      expect(outcome(vendor, method, received)).toStrictEqual({
        operationId: undefined,
        pathParams: expected.operationId ? {} : undefined,
        redirectTo: undefined,
        ...expected,
      });
    },
  );
});
