/** Starts the mock gateway over the fixture specs (`test/fixtures/*.yaml`) once for the run. */
import { fileURLToPath } from "node:url";
import { gatewaySetup } from "@switchboard/test-support/global-setup";

export default gatewaySetup("facade suite", {
  specs: fileURLToPath(new URL("../fixtures/", import.meta.url)),
});
