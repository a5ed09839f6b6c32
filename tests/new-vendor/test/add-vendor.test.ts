/**
 * A spec is all a new vendor takes. In a scratch copy of the repository, a made-up vendor
 * (Acme Voice: bearer auth, one PATCH with a JSON body) is added by the README's "Add a vendor
 * API" steps alone; then the copy must build, pass the whole test suite, and have the vendor
 * everywhere: a client package, a typed facade section, a mock prefix, a docs page, contract
 * and reliability cases and a size budget.
 */
import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Manifest } from "@switchboard/client-runtime/spec";
import type * as Mock from "@switchboard/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { readAddVendorSteps, withApiEntry, type AddVendorSteps } from "./support/readme-steps.js";
import { createScratch, REPO_ROOT, type Scratch } from "./support/scratch.js";

const NAME = "acme-voice";
const SPEC = path.join(import.meta.dirname, "fixtures", `${NAME}.yaml`);
const MINUTE = 60_000;

let scratch: Scratch;
let steps: AddVendorSteps;

beforeAll(async () => {
  steps = await readAddVendorSteps(REPO_ROOT);
  scratch = await createScratch();
  // The README's setup, as on a fresh machine (pnpm is installed already).
  await scratch.run("pnpm install --frozen-lockfile --prefer-offline", 5 * MINUTE);
}, 10 * MINUTE);

afterAll(async () => {
  if (process.env.SWITCHBOARD_KEEP_SCRATCH === "1") console.log(`kept ${scratch.root}`);
  else await scratch?.remove();
}, 5 * MINUTE);

const readJson = async <T>(file: string) =>
  JSON.parse(await readFile(path.join(scratch.root, file), "utf8")) as T;

describe.sequential("adding a vendor by the README's steps", () => {
  test("the steps are: write the spec, add one redocly.yaml entry, generate, build, test", () => {
    expect(steps.apiEntry).toContain("<name>");
    expect(steps.commands).toEqual(["pnpm generate", "pnpm build", "pnpm test"]);
  });

  test(
    "pnpm generate derives everything else; by hand: the spec and one entry",
    async () => {
      await copyFile(SPEC, path.join(scratch.root, "specs", `${NAME}.yaml`));
      const redocly = path.join(scratch.root, "redocly.yaml");
      const entry = steps.apiEntry.replaceAll("<name>", NAME);
      await writeFile(redocly, withApiEntry(await readFile(redocly, "utf8"), entry));
      await scratch.run("pnpm generate", 5 * MINUTE);

      const changed = await scratch.changedFiles();
      console.log(`files the steps change:\n  ${changed.join("\n  ")}`);
      const byHand = ["redocly.yaml", `specs/${NAME}.yaml`];
      const generated = changed.filter((file) => !byHand.includes(file));
      expect(changed).toEqual(expect.arrayContaining(byHand));
      // Everything else is written by codegen (or pnpm's lockfile): no per-vendor file elsewhere.
      const derived = [
        /^packages\/acme-voice\/(package\.json|tsconfig(\.build)?\.json|README\.md|LICENSE|src\/.+)$/,
        /^manifest\.json$/,
        /^packages\/sdk\/(package\.json|src\/generated\/vendors\.ts)$/,
        /^apps\/mock\/src\/generated\/manifest-vendors\.ts$/,
        /^pnpm-lock\.yaml$/,
        /^(specs\/)?README\.md$/,
      ];
      expect(generated.filter((file) => !derived.some((pattern) => pattern.test(file)))).toEqual(
        [],
      );
      expect(generated).toEqual(
        expect.arrayContaining([
          "manifest.json",
          "packages/acme-voice/package.json",
          "packages/acme-voice/src/client.ts",
          "packages/acme-voice/src/generated/validators.ts",
          "packages/sdk/src/generated/vendors.ts",
          "apps/mock/src/generated/manifest-vendors.ts",
        ]),
      );

      const manifest = await readJson<Manifest>("manifest.json");
      expect(manifest.vendors.find((vendor) => vendor.name === NAME)).toMatchObject({
        key: "acmeVoice",
        packageName: "@switchboard/acme-voice",
        clientFactory: "createAcmeVoiceClient",
        errorFormat: "fastapi",
        auth: { kind: "bearer", options: { secret: "token" } },
        operations: [
          { operationId: "updateQueue", method: "patch", path: "/v2/queues/{queue_id}" },
        ],
      });
    },
    6 * MINUTE,
  );

  test(
    "pnpm build builds the client package, the facade, the mock and the docs with it",
    async () => {
      await scratch.run("pnpm build", 10 * MINUTE);
      const client = (await import(
        pathToFileURL(path.join(scratch.root, "packages/acme-voice/dist/index.js")).href
      )) as Record<string, unknown>;
      expect(typeof client.createAcmeVoiceClient).toBe("function");
      const landing = await readFile(path.join(scratch.root, "apps/docs/dist/index.html"), "utf8");
      expect(landing).toContain("Acme Voice API");
      const reference = path.join(scratch.root, "apps/docs/dist/reference", `${NAME}.html`);
      expect(await readFile(reference, "utf8")).toContain("updateQueue");
    },
    11 * MINUTE,
  );

  test(
    "the mock serves it under its prefix, validating requests in its error format",
    async () => {
      const mock = (await import(
        pathToFileURL(path.join(scratch.root, "apps/mock/dist/index.js")).href
      )) as typeof Mock;
      const gateway = await mock.startMockGateway({ port: 0 });
      try {
        // Keyed by the facade's key, with credentials for the facade.
        expect(gateway.switchboardOptions()).toMatchObject({
          acmeVoice: { baseUrl: `${gateway.url}/${NAME}`, token: expect.any(String) },
        });
        const url = `${gateway.url}/${NAME}/v2/queues/q_1a2b3c4d`;
        const send = (body: unknown) =>
          fetch(url, {
            method: "PATCH",
            headers: { authorization: "Bearer t0ken", "content-type": "application/json" },
            body: JSON.stringify(body),
          });
        const ok = await send({ name: "Support", max_wait_seconds: 60 });
        expect(ok.status).toBe(200);
        expect(await ok.json()).toMatchObject({ id: "q_1a2b3c4d", name: "Support" });
        const refused = await send({ overflow: "email" });
        expect(refused.status).toBe(422);
        expect(await refused.json()).toMatchObject({
          detail: [expect.objectContaining({ loc: ["body", "overflow"] })],
        });
      } finally {
        await gateway.close();
      }
    },
    2 * MINUTE,
  );

  test(
    "pnpm test passes, with the facade typed for it",
    async () => {
      // A probe of the facade's types, type-checked by the sdk's own suite inside `pnpm test`.
      await copyFile(
        path.join(import.meta.dirname, "fixtures", "new-vendor.probe.ts"),
        path.join(scratch.root, "packages/sdk/test/types/new-vendor.test-d.ts"),
      );
      await scratch.run("pnpm test", 40 * MINUTE);
    },
    41 * MINUTE,
  );

  test(
    "the contract and reliability suites have cases for it, and the size check a budget",
    async () => {
      const list = (project: string) =>
        scratch.run(
          `pnpm exec vitest list --config vitest.config.ts --project ${project}`,
          5 * MINUTE,
        );
      const contract = await list("@switchboard/contract-tests");
      expect(contract).toMatch(/acme-voice updateQueue/);
      const reliability = await list("@switchboard/reliability-tests");
      expect(reliability).toMatch(/acmeVoice\.updateQueue|acme-voice updateQueue/);
      expect(await scratch.run("pnpm size", 5 * MINUTE)).toContain("@switchboard/acme-voice");
    },
    11 * MINUTE,
  );
});
