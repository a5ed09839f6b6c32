import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test, vi } from "vitest";
import type { TestProject } from "vitest/node";

import { provideGateway } from "../src/gateway/global-setup.js";
import { manifestVendors, REPO_ROOT } from "../src/index.js";

test("the global setup starts a gateway serving every manifest vendor, and stops it", async () => {
  const provide = vi.fn();
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const gateway = await provideGateway({ provide } as unknown as TestProject, "support test");
  log.mockRestore();
  try {
    expect(provide).toHaveBeenCalledTimes(1);
    const [key, info] = provide.mock.calls[0]!;
    expect(key).toBe("gateway");
    expect(info.url).toBe(gateway.url);
    expect(Object.keys(info.vendors).sort()).toEqual(
      manifestVendors()
        .map((v) => v.name)
        .sort(),
    );
    expect(info.journalLimit).toBeGreaterThan(0);
    expect((await fetch(`${gateway.url}/__health`)).status).toBe(200);
  } finally {
    await gateway.close();
  }
  await expect(fetch(`${gateway.url}/__health`)).rejects.toThrow();
}, 60_000);

test("with specs, the gateway serves only that folder's specs, each under its file name", async () => {
  const folder = await mkdtemp(path.join(tmpdir(), "support-specs-"));
  const [vendor] = manifestVendors();
  await copyFile(path.join(REPO_ROOT, vendor!.spec), path.join(folder, "only.yaml"));
  const provide = vi.fn();
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    const gateway = await provideGateway({ provide } as unknown as TestProject, "support test", {
      specs: folder,
    });
    try {
      const [, info] = provide.mock.calls[0]!;
      expect(info.vendors).toEqual({ only: `${gateway.url}/only` });
      expect(log).toHaveBeenCalledWith(expect.stringContaining(`serving ${folder}`));
    } finally {
      await gateway.close();
    }
  } finally {
    log.mockRestore();
    await rm(folder, { recursive: true, force: true });
  }
}, 60_000);

test("a specs without specs fails the setup, naming the folder", async () => {
  const folder = await mkdtemp(path.join(tmpdir(), "support-no-specs-"));
  try {
    await expect(
      provideGateway({ provide: vi.fn() } as unknown as TestProject, "support test", {
        specs: folder,
      }),
    ).rejects.toThrow(`support test: the mock gateway did not start serving ${folder}`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
