/**
 * Redirects: credentials and body go only to the configured origin. A vendor that redirects
 * to another origin (here: another port) gets a `redirect` failure, and the other origin
 * receives nothing; a redirect within the origin is followed with method, body and
 * credential. Every auth scheme, through each vendor's generated client and the fixture's.
 */
import { inspect } from "node:util";
import { createSwitchboard, type OperationName } from "@switchboard/sdk";
import {
  canaryOptions,
  canarySecretsOf,
  documentedRequests,
  registeredVendors,
} from "@switchboard/test-support";
import { afterEach, describe, expect, test } from "vitest";
import { ACME_TOKEN, createAcmeSwitchboard } from "../support/acme-facade.js";
import { documentedRequest } from "../support/acme-requests.js";
import { json, startLocalServer, type Answer, type LocalServer } from "../support/local-server.js";

interface Case {
  /** `syllable.updateChannel (apiKey)` */
  label: string;
  /** The credential's strings: what must reach nobody but the vendor. */
  secrets: string[];
  update: (origin: string) => Promise<unknown>;
}

// One operation of each vendor: every auth scheme the specs use (apiKey, bearer, basic).
const vendorCases: Case[] = registeredVendors().map(({ manifest, key }) => {
  const request = documentedRequests().find((candidate) => candidate.vendor === key)!;
  return {
    label: `${request.name} (${manifest.auth.kind})`,
    secrets: canarySecretsOf(manifest),
    update: (origin) =>
      createSwitchboard({
        [key]: { ...canaryOptions(manifest), baseUrl: origin },
        retry: { attempts: 3, baseDelayMs: 1 },
      } as never).update(request.name as OperationName, request.input as never),
  };
});

const acmeCase: Case = {
  label: "acme.updateAgent (fixture, bearer)",
  secrets: [ACME_TOKEN],
  update: (origin) =>
    createAcmeSwitchboard({
      acme: { token: ACME_TOKEN, baseUrl: origin },
      retry: { attempts: 3, baseDelayMs: 1 },
    }).update("acme.updateAgent", documentedRequest("acme.updateAgent")),
};

const servers: LocalServer[] = [];
async function server(answer: Answer): Promise<LocalServer> {
  const started = await startLocalServer(answer);
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((started) => started.close()));
});

describe.each([...vendorCases, acmeCase])("$label", ({ secrets, update }) => {
  test.each([301, 302, 303, 307, 308])(
    "a %i to another origin: a redirect failure, and that origin receives nothing",
    async (status) => {
      const elsewhere = await server((_request, response) => json(response, 200, {}));
      const vendor = await server((_request, response) => {
        response.writeHead(status, { location: `${elsewhere.origin}/collect?from=vendor` });
        response.end();
      });
      const result = (await update(vendor.origin)) as { ok: boolean; error?: Error };
      expect(result.error).toMatchObject({
        kind: "redirect",
        status,
        attempts: 1,
        retryable: false,
        source: "vendor",
      });
      expect(elsewhere.received).toEqual([]);
      expect(vendor.received).toHaveLength(1);
      expect(result.error!.message).toContain(`from ${vendor.origin} to ${elsewhere.origin}`);
      expect(result.error!.message).not.toContain("collect");
      const shown = inspect(result, { depth: Infinity, showHidden: true });
      for (const secret of secrets) expect(shown).not.toContain(secret);
    },
  );

  test.each([307, 308])(
    "a %i within the origin is followed with the same method, body and credential",
    async (status) => {
      const vendor = await server((request, response) => {
        if (request.url.startsWith("/moved")) json(response, 200, {});
        else {
          response.writeHead(status, { location: "/moved" });
          response.end();
        }
      });
      const result = await update(vendor.origin);
      expect(result).toMatchObject({ ok: true, attempts: 1 });
      const [first, second] = vendor.received;
      expect(second).toMatchObject({ method: first!.method, body: first!.body, url: "/moved" });
      expect(second!.headers).toEqual(first!.headers);
      // The credential as sent: the token, or HTTP basic's base64 (the last of the list).
      expect(JSON.stringify(second!.headers)).toContain(secrets.at(-1));
    },
  );
});
