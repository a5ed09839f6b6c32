import { parseArgs, type ParseArgsConfig } from "node:util";

/** A command line asking for something malformed: the CLI prints the message on one line, exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Whether `parseArgs` threw it for the command line (not a bug of ours). */
export function isParseArgsError(error: unknown): boolean {
  const { code } = error as { code?: unknown };
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}

/**
 * The UsageError for a command line `parseArgs` refused (strictly, with `options`): its own
 * messages span lines and hint at `--` for positionals, so the first option misused is named
 * here. Read without `strict`, each option's token says what is wrong with it.
 */
export function misusedOption(args: readonly string[], options: Options): UsageError | undefined {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const { rawName, value, inlineValue } = token;
    const option = options[token.name];
    if (option === undefined) return new UsageError(`unknown option ${rawName}`);
    if (option.type === "boolean") {
      if (value !== undefined) return new UsageError(`${rawName} takes no value, got "${value}"`);
    } else if (value === undefined) {
      return new UsageError(`${rawName} needs a value`);
    } else if (!inlineValue && value.startsWith("-")) {
      // `--port --host x`: parseArgs will not take an option's name for a value.
      return new UsageError(
        `${rawName} needs a value, got "${value}", which reads as an option (write ${rawName}=${value} if it is the value)`,
      );
    }
  }
  return undefined;
}
