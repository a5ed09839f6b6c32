// The gateway ships the specs it serves: copy the workspace's specs/*.yaml into the package.
import { cp, readdir, rm } from "node:fs/promises";

const from = new URL("../../../specs/", import.meta.url);
const to = new URL("../specs/", import.meta.url);
await rm(to, { recursive: true, force: true });
for (const file of await readdir(from)) {
  if (file.endsWith(".yaml")) await cp(new URL(file, from), new URL(file, to));
}
