/**
 * A request that breaks its spec is refused before sending: `invalid_input`, a JSON Pointer and
 * the rule for each problem, zero attempts, and nothing in the gateway's journal.
 */
import type { OperationName } from "@switchboard/sdk";
import {
  clearJournal,
  documentedRequest,
  documentedRequests,
  findOperation,
  gatewaySwitchboard,
  readJournal,
} from "@switchboard/test-support";
import { beforeEach, describe, expect, test } from "vitest";

interface Input {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  // Mutations reach into the documented examples, whatever their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body?: any;
}

interface Case {
  rule: string;
  name: OperationName;
  /** Changes the documented (valid) request into an invalid one. */
  change: (input: Input) => void;
  expected: { path: string; rule: string }[];
}

/** Curation facts of one vendor's spec each, pinned: the rules the facade must enforce. */
const pinned: Case[] = [
  {
    rule: "enum",
    name: "twilioFlex.updateInteractionChannel",
    change: (input) => (input.body = { Status: "open" }),
    expected: [{ path: "/body/Status", rule: "enum" }],
  },
  {
    rule: "required",
    name: "twilioFlex.updateInteractionChannel",
    change: (input) => (input.body = {}),
    expected: [{ path: "/body/Status", rule: "required" }],
  },
  {
    rule: "Routing is required when Status is inactive (if/then)",
    name: "twilioFlex.updateInteractionChannel",
    change: (input) => (input.body = { Status: "inactive" }),
    expected: [{ path: "/body/Routing", rule: "required" }],
  },
  {
    rule: "pattern and length of a Twilio SID",
    name: "twilioFlex.updateInteractionChannel",
    change: (input) => (input.path!.InteractionSid = "KD-not-a-sid"),
    expected: [
      { path: "/path/InteractionSid", rule: "minLength" },
      { path: "/path/InteractionSid", rule: "pattern" },
    ],
  },
  {
    rule: "additionalProperties (a misspelt field)",
    name: "twilioFlex.updateInteractionChannel",
    change: (input) => (input.body = { Status: "closed", Routnig: { status: "closed" } }),
    expected: [{ path: "/body/Routnig", rule: "additionalProperties" }],
  },
  {
    rule: "type of a path parameter",
    name: "syllable.updateOutboundCampaign",
    change: (input) => (input.path!.campaign_id = "679645"),
    expected: [{ path: "/path/campaign_id", rule: "type" }],
  },
  {
    rule: "type of a body field",
    name: "syllable.updateChannel",
    change: (input) => (input.body.id = "one"),
    expected: [{ path: "/body/id", rule: "type" }],
  },
  {
    rule: "format uuid",
    name: "watsonxOrchestrate.updatePhoneConfig",
    change: (input) => (input.path!.config_id = "not-a-uuid"),
    expected: [{ path: "/path/config_id", rule: "format" }],
  },
  {
    rule: "type of a query parameter",
    name: "watsonxOrchestrate.updatePhoneConfig",
    change: (input) => (input.query = { append: "yes" }),
    expected: [{ path: "/query/append", rule: "type" }],
  },
  {
    rule: "maxLength (code points, not UTF-16 units)",
    name: "watsonxOrchestrate.updatePhoneConfig",
    change: (input) => (input.body.name = "📞".repeat(65)),
    expected: [{ path: "/body/name", rule: "maxLength" }],
  },
  {
    rule: "pattern of a time of day",
    name: "healthing.updateChannel",
    change: (input) => (input.body.business_hours.monday.start = "9am"),
    expected: [{ path: "/body/business_hours/monday/start", rule: "pattern" }],
  },
];

/** Every operation: a required body left out, its path parameters left out. */
const required: Case[] = documentedRequests().flatMap(
  ({ name, prefix, operationId, pathNames }) => [
    ...(findOperation(prefix, operationId).requestBody?.required
      ? [
          {
            rule: "required body",
            name,
            change: (input: Input) => delete input.body,
            expected: [{ path: "/body", rule: "required" }],
          },
        ]
      : []),
    ...(pathNames.length > 0
      ? [
          {
            rule: "required path",
            name,
            change: (input: Input) => delete input.path,
            expected: [{ path: "/path", rule: "required" }],
          },
        ]
      : []),
  ],
);

const cases = [...pinned, ...required];

beforeEach(() => clearJournal());

test.each(cases.map((testCase) => [testCase.name, testCase.rule, testCase] as const))(
  "%s: %s is refused before sending",
  async (_name, _rule, { name, change, expected }) => {
    const { input } = documentedRequest(name);
    change(input);
    const result = await gatewaySwitchboard().update(name, input as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      kind: "invalid_input",
      attempts: 0,
      status: null,
      retryable: false,
    });
    expect(result.error.issues.map(({ path, rule }) => ({ path, rule }))).toEqual(expected);
    for (const issue of result.error.issues) expect(result.error.message).toContain(issue.path);
    expect(await readJournal()).toEqual([]);
  },
);

const HOSTILE_IDS = ["../x", "..", "", "a/b", "%2F", "x?y=1", "x#y", "ü", "x".repeat(10_000)];

describe.each(documentedRequests().filter((request) => request.pathNames.length > 0))(
  "$name: a path parameter that could leave its segment",
  ({ name, pathNames }) => {
    test.each(
      pathNames.flatMap((param) =>
        // Labels stay short: a 10 kB id is named by its length.
        HOSTILE_IDS.map(
          (id) =>
            [param, id.length > 40 ? `<${id.length} chars>` : JSON.stringify(id), id] as const,
        ),
      ),
    )("%s = %s is refused, nothing sent", async (param, _label, id) => {
      const { input } = documentedRequest(name);
      input.path![param] = id;
      const result = await gatewaySwitchboard().update(name, input as never);
      expect(!result.ok && result.error.kind).toBe("invalid_input");
      expect(!result.ok && result.error.issues.map((issue) => issue.path)).toContain(
        `/path/${param}`,
      );
      expect(await readJournal()).toEqual([]);
    });
  },
);

test.each(documentedRequests().map(({ name }) => name))(
  "%s: an input that is not an object at all is refused",
  async (name) => {
    const result = await gatewaySwitchboard().update(name, "Status=closed" as never);
    expect(!result.ok && result.error.issues).toEqual([
      { path: "/", rule: "type", message: "must be object" },
    ]);
    expect(await readJournal()).toEqual([]);
  },
);
