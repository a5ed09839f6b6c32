/**
 * Starts the mock gateway with the built docs site at its root, on a free port, for the whole
 * run. Missing docs or a gateway that cannot start fail the run before any test.
 */
import path from "node:path";

import { gatewaySetup } from "@switchboard/test-support/global-setup";

/** Where `pnpm build:docs` (the `@switchboard/docs` build) writes the site. */
const DOCS_DIR = path.resolve(import.meta.dirname, "../../../../apps/docs/dist");

export default gatewaySetup("browser suite", { docsDir: DOCS_DIR });
