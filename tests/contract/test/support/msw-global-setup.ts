/** The contract suite over MSW: the handlers' wiring for the tests, and the case list. */
import { mswGatewaySetup } from "@switchboard/test-support/msw-global-setup";
import type { TestProject } from "vitest/node";

import { CASE_LIST_PATH, writeCaseList } from "./case-list.js";

export default async function setup(project: TestProject): Promise<void> {
  await mswGatewaySetup("contract suite over MSW")(project);
  console.log(
    `contract suite over MSW: ${writeCaseList()} generated cases, listed in ${CASE_LIST_PATH}`,
  );
}
