/** Each test file of the contract suite over MSW runs against handlers of its own. */
import { installMswHandlers } from "@switchboard/test-support/msw-setup";

installMswHandlers();
