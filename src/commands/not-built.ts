import { CliError, ExitCode } from "../errors.js";

/** Placeholder for a command whose issue is not done yet: says so and exits 1. */
export function notBuilt(command: string): never {
  throw new CliError(`\`partner ${command}\` is not built yet.`, ExitCode.failure, {
    hint: "See the README for the commands available in this version.",
  });
}
