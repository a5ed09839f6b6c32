import { isWildcardHost } from "./transports/gateway/client-url.js";

/** Where a started gateway serves what (as MockGateway has it, whichever vendors it serves). */
export interface Served {
  url: string;
  vendors: Readonly<Record<string, string>>;
  docs: string | null;
}

/** What the CLI prints once the gateway listens: where it is, each vendor's base URL. */
export function banner({ url, vendors, docs }: Served, host: string): string {
  const line = (name: string, at: string) => `  ${name.padEnd(22)} ${at}`;
  const everywhere = isWildcardHost(host) ? `, listening on all interfaces (${host})` : "";
  return [
    `Switchboard mock gateway on ${url}${everywhere}`,
    ...(docs ? [line("docs", docs)] : []),
    ...Object.entries(vendors).map(([prefix, at]) => line(prefix, at)),
    line("health", `${url}/__health`),
    line("journal", `${url}/__journal`),
    "Ctrl-C stops it.",
  ].join("\n");
}
