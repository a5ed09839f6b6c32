import { parser as pythonParser } from "@lezer/python";
import { beforeAll, describe, expect, test } from "vitest";
import { facadeSample } from "../src/client-sample.js";
import {
  operationCodeSamples,
  REDOC_LANG,
  type CodeSample,
} from "../src/code-samples/code-samples.js";
import { clientFactoryName } from "../src/code-samples/generated-client-sample.js";
import { codeSamplesSection } from "../src/code-samples/landing-samples.js";
import { OFFICIAL_SDKS } from "../src/code-samples/official-sdks.js";
import { pythonCall, pythonLiteral } from "../src/code-samples/python-literal.js";
import { withCodeSamples } from "../src/code-samples/redoc-code-samples.js";
import { officialSdks, sdkSample, snakeCase } from "../src/code-samples/sdk-samples.js";
import { curlExample, gatewayBaseUrl } from "../src/curl-example.js";
import { decodeHtml } from "../src/html.js";
import { sampleCredential } from "../src/sample-credentials.js";
import type { SiteModel } from "../src/site-model.js";
import { bundledSpecs, manifest, realModel } from "./support.js";

let model: SiteModel;
beforeAll(async () => {
  model = await realModel();
});

/** Every operation of the manifest, by vendor prefix and operationId. */
const operations = manifest.vendors.flatMap((vendor) =>
  vendor.operations.map(
    (operation) =>
      [`${vendor.name}.${operation.operationId}`, vendor.name, operation.operationId] as const,
  ),
);

function samplesOf(name: string, operationId: string): CodeSample[] {
  const vendor = model.vendors.find((v) => v.name === name)!;
  return operationCodeSamples(
    vendor,
    vendor.operations.find((o) => o.operationId === operationId)!,
  );
}

/** The lezer-python nodes that mark a syntax error, with the text around them. */
function pythonSyntaxErrors(source: string): string[] {
  const errors: string[] = [];
  pythonParser.parse(source).iterate({
    enter: (node) => {
      if (node.type.isError)
        errors.push(`at ${node.from}: ${source.slice(node.from - 20, node.to + 20)}`);
    },
  });
  return errors;
}

describe.each(operations)("the code samples of %s", (_, name, operationId) => {
  test("are curl, the facade, the generated client, then the vendor's official SDKs of the data file", () => {
    const sdkLabels = (OFFICIAL_SDKS[name] ?? [])
      .filter((sdk) => sdk.operations[operationId] !== undefined)
      .map((sdk) => sdk.label);
    expect(samplesOf(name, operationId).map((s) => s.label)).toEqual([
      "curl",
      "Facade",
      "Client",
      ...sdkLabels,
    ]);
  });

  test("curl is the landing page's curl, against the gateway", () => {
    const vendor = model.vendors.find((v) => v.name === name)!;
    const operation = vendor.operations.find((o) => o.operationId === operationId)!;
    const [curl] = samplesOf(name, operationId);
    expect(curl!.source).toBe(
      curlExample(operation, gatewayBaseUrl(name), sampleCredential(vendor.auth)),
    );
    expect(curl!.source).toMatch(
      new RegExp(
        `^curl -X ${operation.method.toUpperCase()} 'http://127\\.0\\.0\\.1:4010/${name}/`,
      ),
    );
  });

  test("the facade and the client call this operation with its documented examples", () => {
    const vendor = model.vendors.find((v) => v.name === name)!;
    const operation = vendor.operations.find((o) => o.operationId === operationId)!;
    const facade = samplesOf(name, operationId).find((s) => s.id === "facade")!.source;
    const client = samplesOf(name, operationId).find((s) => s.id === "client")!.source;
    expect(facade).toContain(`await sb.${vendor.key}.${operationId}(`);
    expect(client).toContain(
      `import { ${clientFactoryName(vendor)} } from "${vendor.packageName}";`,
    );
    expect(client).toContain(
      `await client.${operation.method.toUpperCase()}(\n  ${JSON.stringify(operation.path)},`,
    );
    for (const source of [facade, client]) {
      expect(source).toContain(`baseUrl: "${gatewayBaseUrl(name)}"`);
      for (const { value } of operation.pathParams) expect(source).toContain(JSON.stringify(value));
      // Every top-level field of the documented body is sent.
      const body = operation.requestBody?.example.value;
      if (body !== null && typeof body === "object") {
        for (const field of Object.keys(body))
          expect(source).toMatch(new RegExp(`\\b"?${field}"?: `));
      }
    }
  });

  test("every Python sample parses (lezer-python: no error node)", () => {
    const python = samplesOf(name, operationId).filter((s) => s.language === "python");
    for (const sample of python)
      expect(pythonSyntaxErrors(sample.source), sample.label).toEqual([]);
  });
});

test("one vendor's facade sample, pinned: Twilio Flex's channel update", () => {
  const vendor = model.vendors.find((v) => v.key === "twilioFlex")!;
  expect(facadeSample(vendor, vendor.operations[0]!))
    .toBe(`import { createSwitchboard } from "@switchboard/sdk";

const sb = createSwitchboard({
  twilioFlex: {
    accountSid: "your_account_sid",
    authToken: "your_auth_token",
    baseUrl: "http://127.0.0.1:4010/twilio-flex",
  },
});

const result = await sb.twilioFlex.updateInteractionChannel(
  "KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  "UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1",
  { Status: "closed" },
);
if (result.ok) console.log(result.data);
else console.error(result.error.kind, result.error.message, result.error.issues);`);
});

test("the official SDKs' samples use the data file's calls, with the spec's examples", () => {
  const twilio = model.vendors.find((v) => v.name === "twilio-flex")!;
  const [node, python] = officialSdks(twilio).map((sdk) =>
    sdkSample(sdk, twilio, twilio.operations[0]!)!,
  );
  expect(node).toContain(
    `.channels("UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1")\n  .update({ status: "closed" });`,
  );
  expect(python).toContain(`    .update(status="closed")\n)`);
  const syllable = model.vendors.find((v) => v.name === "syllable")!;
  const campaign = syllable.operations.find((o) => o.operationId === "updateOutboundCampaign")!;
  const [syllablePython] = officialSdks(syllable).map((sdk) => sdkSample(sdk, syllable, campaign)!);
  expect(syllablePython).toContain(`server_url="http://127.0.0.1:4010/syllable"`);
  expect(syllablePython).toContain(`api_key_header="your_api_key"`);
  expect(syllablePython).toContain(
    `client.outbound.campaigns.update(\n        campaign_id=${JSON.stringify(campaign.pathParams[0]!.value)},\n        outbound_campaign_input={`,
  );
  // A vendor without an entry has no official SDK sample.
  const healthing = model.vendors.find((v) => v.name === "healthing")!;
  expect(officialSdks(healthing)).toEqual([]);
});

test("the data file names only vendors and operations of the manifest", () => {
  for (const [name, sdks] of Object.entries(OFFICIAL_SDKS)) {
    const vendor = manifest.vendors.find((v) => v.name === name);
    expect(vendor, name).toBeDefined();
    for (const sdk of sdks) {
      for (const operationId of Object.keys(sdk.operations)) {
        expect(vendor!.operations.map((o) => o.operationId)).toContain(operationId);
      }
    }
  }
});

test("each vendor's client factory is the one manifest.json names", () => {
  for (const vendor of manifest.vendors)
    expect(clientFactoryName(vendor)).toBe(vendor.clientFactory);
});

test("the Python syntax check can fail", () => {
  expect(pythonSyntaxErrors(`result = client.update(status="closed"`)).not.toEqual([]);
  expect(pythonSyntaxErrors(`result = client.update(status="closed")`)).toEqual([]);
});

test.each([
  [{ a: true, b: null, c: [1, "x"] }, `{"a": True, "b": None, "c": [1, "x"]}`],
  [false, "False"],
  [[], "[]"],
  ['it\'s "q"', `"it's \\"q\\""`],
])("pythonLiteral(%j) is %s", (value, literal) => {
  expect(pythonLiteral(value, 0)).toBe(literal);
});

test("pythonCall breaks long calls one argument a line", () => {
  expect(pythonCall("f", [{ keyword: "a", value: 1 }], 0)).toBe("f(a=1)");
  expect(pythonCall("f", [{ keyword: "a", value: "x".repeat(80) }], 1)).toBe(
    `f(\n        a="${"x".repeat(80)}",\n    )`,
  );
});

test.each([
  ["Status", "status"],
  ["RoutingType", "routing_type"],
  ["already_snake", "already_snake"],
])("snakeCase(%s) is %s", (name, snake) => {
  expect(snakeCase(name)).toBe(snake);
});

describe("Redoc's x-codeSamples", () => {
  test("every operation gets one labelled entry per sample, the spec itself unchanged", () => {
    for (const { vendor: manifestVendor, document } of bundledSpecs) {
      const before = JSON.stringify(document);
      const vendor = model.vendors.find((v) => v.name === manifestVendor.name)!;
      const shown = withCodeSamples(document, vendor) as {
        paths: Record<string, Record<string, { "x-codeSamples"?: unknown }>>;
      };
      expect(JSON.stringify(document)).toBe(before);
      for (const operation of vendor.operations) {
        const expected = operationCodeSamples(vendor, operation).map((s) => ({
          lang: REDOC_LANG[s.language],
          label: s.label,
          source: s.source,
        }));
        expect(shown.paths[operation.path]![operation.method]!["x-codeSamples"]).toEqual(expected);
      }
    }
  });
});

describe("the landing page's samples block", () => {
  test("holds, per vendor, one panel per client with that client's sample of every operation, escaped", () => {
    for (const vendor of model.vendors) {
      const html = codeSamplesSection(vendor);
      expect(html).toContain(`data-code-samples="${vendor.name}"`);
      for (const operation of vendor.operations) {
        for (const sample of operationCodeSamples(vendor, operation)) {
          const key = `${vendor.name}.${operation.operationId}.${sample.id}`;
          const code = new RegExp(
            `<code class="language-${sample.language}" data-sample="${key.replace(/\./g, "\\.")}">([\\s\\S]*?)</code>`,
          ).exec(html);
          expect(code, key).not.toBeNull();
          expect(decodeHtml(code![1]!)).toBe(sample.source);
          expect(html).toContain(`data-sample-label="${sample.label}"`);
        }
      }
    }
  });
});

test("the landing page carries every vendor's samples block and loads the script from its own origin only", async () => {
  const { renderLanding } = await import("../src/render-landing.js");
  const { mockGuide } = await import("./support.js");
  const html = renderLanding(model, mockGuide);
  for (const vendor of model.vendors) expect(html).toContain(codeSamplesSection(vendor));
  expect(html).toContain(`<script src="assets/code-samples.js" defer></script>`);
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
  expect(csp.split("; ")).toContain("script-src 'self'");
  expect(csp).toMatch(/^default-src 'none';/);
});
