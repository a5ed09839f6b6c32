/**
 * Canary secrets: the configured credentials and every credential inside a request body
 * (Syllable's `config.auth_token`, watsonx's `security.password`, ...) never show up in a
 * result, an error's message, stack, raw body, `JSON.stringify` or `util.inspect`, or a hook's
 * arguments, on any failure path; not even when the vendor echoes the whole request back.
 */
import { inspect } from "node:util";
import { isSecretName } from "@switchboard/client-runtime";
import {
  createSwitchboard,
  UpdateError,
  type RequestEvent,
  type ResponseEvent,
  type SwitchboardOptions,
} from "@switchboard/sdk";
import {
  canarySecrets,
  canarySecretsOf,
  closedPortUrl,
  documentedRequests,
  echoingVendorFetch,
  faultPlanFetch,
  gatewayOptions,
  manifestVendors,
  rewriteBodyFetch,
  type DocumentedRequest,
} from "@switchboard/test-support";
import { describe, expect, test } from "vitest";

/** The request with every credential-named string in its body replaced by a canary. */
function withBodyCanaries(request: DocumentedRequest): {
  input: DocumentedRequest["input"];
  canaries: string[];
} {
  const canaries: string[] = [];
  const plant = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(plant);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => {
        if (typeof item !== "string" || !isSecretName(name)) return [name, plant(item)];
        const canary = `canary-body-${name}-${canaries.length}-c41d`;
        canaries.push(canary);
        return [name, canary];
      }),
    );
  };
  return { input: { ...request.input, body: plant(request.input.body) }, canaries };
}

/** Where a failure is staged: per-vendor option overrides, facade options, per-call options. */
interface FailurePath {
  vendorOptions?: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  facade?: Partial<SwitchboardOptions>;
  call?: { headers?: Record<string, string>; timeoutMs?: number; signal?: AbortSignal };
  /** Makes the input invalid before sending. */
  breakInput?: (input: DocumentedRequest["input"]) => void;
}

const failurePaths: Record<string, FailurePath> = {
  "invalid input": { breakInput: (input) => ((input as { extra?: unknown }).extra = 1) },
  "a vendor echoing the request in a 400": {
    vendorOptions: () => ({ fetch: echoingVendorFetch(400) }),
  },
  "a vendor echoing the request in 500s, retried": {
    vendorOptions: () => ({ fetch: echoingVendorFetch(500) }),
  },
  "the gateway's 401": { call: { headers: { "x-mock-fault": "status=401" } } },
  "the gateway's 429 until attempts run out": {
    call: { headers: { "x-mock-fault": "status=429;retry-after=0" } },
  },
  "the gateway's own validation error": {
    vendorOptions: () => ({ fetch: rewriteBodyFetch((body) => `${body.slice(0, -1)}x`) }),
  },
  "a dropped connection": {
    vendorOptions: () => ({ fetch: faultPlanFetch(["reset", "reset", "reset"]) }),
  },
  "connection refused": { vendorOptions: async () => ({ baseUrl: await closedPortUrl() }) },
  "a timeout": { call: { headers: { "x-mock-fault": "delay=500" }, timeoutMs: 30 } },
  "an abort": { call: { signal: AbortSignal.abort() } },
  "errors: throw": {
    facade: { errors: "throw" },
    call: { headers: { "x-mock-fault": "status=503" } },
  },
};

// A curation fact of two specs: where their request bodies hold credentials.
test("the body canaries are planted where the specs keep secrets", () => {
  const planted = documentedRequests().flatMap((request) => withBodyCanaries(request).canaries);
  expect(planted.length).toBeGreaterThanOrEqual(4);
  const names = documentedRequests().map((request) => [
    request.name,
    withBodyCanaries(request).canaries.length,
  ]);
  expect(Object.fromEntries(names)).toMatchObject({
    "syllable.updateChannel": 1,
    "watsonxOrchestrate.updatePhoneConfig": 3,
  });
});

describe.each(Object.entries(failurePaths))("%s", (_path, failure) => {
  test.each(documentedRequests().map((request) => [request.name, request] as const))(
    "%s: no canary anywhere",
    async (name, request) => {
      const { input, canaries } = withBodyCanaries(request);
      failure.breakInput?.(input);
      const events: (RequestEvent | ResponseEvent)[] = [];
      const options = gatewayOptions();
      const sb = createSwitchboard({
        ...options,
        [request.vendor]: { ...options[request.vendor], ...(await failure.vendorOptions?.()) },
        retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
        hooks: {
          onRequest: (event) => events.push(event),
          onResponse: (event) => events.push(event),
        },
        ...failure.facade,
      });

      let outcome: unknown;
      try {
        outcome = await sb.update(name, input as never, failure.call);
      } catch (error) {
        outcome = error;
      }
      const error =
        outcome instanceof UpdateError ? outcome : (outcome as { error?: UpdateError }).error;
      expect(error).toBeInstanceOf(UpdateError);

      const surfaces = [
        JSON.stringify(outcome),
        inspect(outcome, { depth: Infinity, showHidden: true }),
        String(error),
        error!.stack ?? "",
        JSON.stringify(error!.raw) ?? "",
        JSON.stringify(events),
        inspect(events, { depth: Infinity }),
        inspect(sb, { depth: Infinity, showHidden: true }),
      ].join("\n");
      for (const canary of [...canarySecrets(), ...canaries]) {
        expect(surfaces).not.toContain(canary);
      }
    },
  );
});

test("the canary check can fail: a leaked secret is found", () => {
  const vendor = manifestVendors()[0]!;
  const [secret] = canarySecretsOf(vendor);
  const leaked = new UpdateError({
    vendor: vendor.key,
    operation: vendor.operations[0]!.operationId,
    kind: "server",
    message: `oops ${secret}`,
  });
  expect(inspect(leaked)).toContain(secret);
});
