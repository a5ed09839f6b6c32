/** Starts the mock gateway once for the whole run; the run fails before any test if it cannot. */
import { provideGateway } from "@switchboard/test-support/global-setup";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const gateway = await provideGateway(project, "vendor SDK suite");
  return gateway.close;
}
