/** Starts the mock gateway once for the whole run, and writes the generated case list. */
import { provideGateway } from "@switchboard/test-support/global-setup";
import type { TestProject } from "vitest/node";

import { CASE_LIST_PATH, writeCaseList } from "./case-list.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const gateway = await provideGateway(project, "contract suite");
  const count = writeCaseList();
  console.log(`contract suite: ${count} generated cases, listed in ${CASE_LIST_PATH}`);
  return gateway.close;
}
