// @ts-check
// The machine the figures were measured on.
import os from "node:os";

/** CPU model, core count, Node version and OS of this machine. */
export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    memoryGiB: os.totalmem() / 1024 ** 3,
  };
}
