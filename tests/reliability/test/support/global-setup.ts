/** Starts the mock gateway once for the whole run; the run fails before any test if it cannot. */
import { gatewaySetup } from "@switchboard/test-support/global-setup";

export default gatewaySetup("reliability suite");
