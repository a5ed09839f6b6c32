import { main } from "./main.js";

// Run through `pnpm --filter … run`, the working directory is this package's: INIT_CWD is the caller's.
process.exitCode = await main(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
