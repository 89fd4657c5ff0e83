// The command tree. Each command's code is a lazily imported chunk: `partner --version`
// loads none of them. Parsing is kept apart from running so it can be tested alone.
import { Argument, Command, InvalidArgumentError, Option } from "commander";
import { type Context, createContext, type GlobalOptions } from "./context.js";
import { ENVIRONMENT_TABLE, EXIT_CODE_TABLE, examples } from "./help.js";
import { VERSION } from "./version.js";

/** What every src/commands/<verb>.ts exports. Returns the exit code (0 when undefined). */
export type CommandRun<O> = (ctx: Context, options: O, ...args: string[]) => Promise<number | undefined>;
type CommandModule = { run: CommandRun<never> };

/** Set by the running action: its context (for error output) and exit code. */
export const runState: { ctx?: Context; exitCode: number } = { exitCode: 0 };

function action(load: () => Promise<CommandModule>) {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const positional = args.slice(0, -2) as string[];
    const ctx = createContext(command.optsWithGlobals() as GlobalOptions);
    runState.ctx = ctx;
    const { run } = await load();
    runState.exitCode = (await (run as CommandRun<unknown>)(ctx, command.opts(), ...positional)) ?? 0;
  };
}

function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new InvalidArgumentError("Use a port number from 0 to 65535 (0 picks a free one).");
  }
  return n;
}

const formatOption = () =>
  new Option("--format <format>", "output format for humans or CI annotators")
    .choices(["human", "github"])
    .default("human");

/** Builds the command tree (exported for parsing tests). */
export function buildProgram(): Command {
  const program = new Command("partner")
    .description(
      "Manage a Recruitee integration partner as code: validate partner.yaml, compare it with RC, " +
        "apply it, check promotion readiness and probe your own endpoints.",
    )
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("-f, --file <path>", "the partner file (env PARTNER_FILE)", undefined)
    .option("--api-url <url>", "Partners API base on RC (env RECRUITEE_API_URL)")
    .option("--profile <name>", "stored profile (env PARTNER_PROFILE)")
    .option("--sandbox", "use the built-in RC emulator: no token, no network (env PARTNER_SANDBOX=1)")
    .option("--json", "print exactly one JSON document on stdout (errors too)")
    .option("--no-color", "no colour (env NO_COLOR)")
    .option("--timeout <seconds>", "per HTTP request (env PARTNER_TIMEOUT)", undefined)
    .option("--verbose", "one stderr line per HTTP request, and stacks of internal errors (env PARTNER_DEBUG=1)")
    .showHelpAfterError("(run with --help for usage)")
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .addHelpText(
      "after",
      `${examples(
        ["partner validate", "check partner.yaml offline"],
        ["partner diff", "show what apply would change on RC"],
        ["partner apply --sandbox -f partner.example.yaml --yes", "try the whole flow offline"],
      )}\n${EXIT_CODE_TABLE}\n\n${ENVIRONMENT_TABLE}\n`,
    );

  const sub = (name: string, description: string, help: string) =>
    program.command(name).description(description).addHelpText("after", `${help}\n${EXIT_CODE_TABLE}\n`);

  sub(
    "validate",
    "check the partner file offline; every problem at once, as file:line:col",
    examples(
      ["partner validate", "check ./partner.yaml"],
      ["partner validate -f partner.example.yaml --json", "machine-readable"],
    ),
  )
    .addOption(formatOption())
    .action(action(() => import("./commands/validate.js")));

  sub(
    "diff",
    "show what `apply` would change on RC, field by field (1 GET)",
    examples(
      ["partner diff", "what would change"],
      ["partner diff --exit-code", "in CI: exit 2 when changes are pending"],
      ["partner diff --out plan.json && partner apply --plan plan.json", "review, then apply exactly that"],
    ),
  )
    .alias("plan")
    .option("--exit-code", "exit 2 when changes are pending, 0 when none")
    .option("--out <plan.json>", "save the plan, with a fingerprint of the RC state it was made against")
    .addOption(formatOption())
    .action(action(() => import("./commands/diff.js")));

  sub(
    "apply",
    "create (POST) or update (PATCH) the partner on RC to match the file",
    examples(
      ["partner apply", "show the plan, ask, then apply"],
      ["partner apply --yes", "in CI: apply without asking"],
      ["partner apply --dry-run", "show the plan and stop"],
    ),
  )
    .option("-y, --yes", "apply without asking for confirmation")
    .option("--dry-run", "show the plan and send nothing")
    .option("--plan <plan.json>", "apply a plan saved by `diff --out`; refused if RC changed since")
    .action(action(() => import("./commands/apply.js")));

  sub(
    "pull",
    "write the partner on RC into the file, keeping the file's comments",
    examples(
      ["partner pull", "bring an existing partner under management"],
      ["partner pull --force", "overwrite local values that differ"],
    ),
  )
    .option("--force", "overwrite local values that differ from RC")
    .action(action(() => import("./commands/pull.js")));

  sub(
    "status",
    "promotion status and a readiness checklist for requesting promotion",
    examples(
      ["partner status", "is the partner ready to be promoted?"],
      ["PARTNER_CUSTOMER_TOKEN=… partner status --check", "in CI: exit 5 unless every item passes"],
    ),
  )
    .option("--check", "exit 5 unless every readiness item passes")
    .option(
      "--customer-token-env <VAR>",
      "environment variable holding a valid customer token",
      "PARTNER_CUSTOMER_TOKEN",
    )
    .option("--slow-ms <ms>", "warn when one of your endpoints answers slower than this", "2000")
    .addOption(formatOption())
    .action(action(() => import("./commands/status.js")));

  sub(
    "probe",
    "call your urls.validate_token (and tests, help_article, logo) as Recruitee would",
    examples(
      ["PARTNER_CUSTOMER_TOKEN=… partner probe", "check your endpoints with a real customer token"],
      [
        "partner probe --url http://localhost:3000/validate_token --customer-token-env MY_TOKEN",
        "probe a local server",
      ],
    ),
  )
    .option(
      "--customer-token-env <VAR>",
      "environment variable holding a valid customer token",
      "PARTNER_CUSTOMER_TOKEN",
    )
    .option("--url <url>", "probe this validate_token URL instead of the file's")
    .option("--slow-ms <ms>", "warn when a call takes longer than this", "2000")
    .option("--send-candidate", "also POST a test candidate to urls.send_candidate (creates one on your side)")
    .action(action(() => import("./commands/probe.js")));

  sub(
    "init",
    "interactive wizard that writes a valid partner file",
    examples(
      ["partner init", "answer a few questions"],
      [
        'partner init --yes --kind assessment --name "Acme" --validate-token-url https://api.acme.example/validate',
        "no prompts (CI, scripts)",
      ],
      ["partner init --from-remote", "start from the partner on RC"],
    ),
  )
    .option("-y, --yes", "do not prompt; take answers from flags and defaults")
    .option("--force", "overwrite an existing file")
    .option("--from-remote", "start from the partner registered on RC")
    .addOption(
      new Option("--kind <kind>", "kind of partner").choices(["assessment", "background_check", "reference_check"]),
    )
    .option("--name <name>", "name customers see")
    .option("--description <text>", "one or two sentences customers see")
    .option("--logo <url>", "https URL of your logo image")
    .option("--validate-token-url <url>", "urls.validate_token")
    .option("--tests-url <url>", "urls.tests")
    .option("--send-candidate-url <url>", "urls.send_candidate")
    .option("--help-article-url <url>", "urls.help_article")
    .option("--phone-input", "add a phone input to the send-candidate form")
    .option("--admin-input", "add an admin input to the send-candidate form")
    .action(action(() => import("./commands/init.js")));

  sub(
    "login",
    "store an RC Personal API Token for a profile (checked against RC first)",
    examples(
      ["partner login", "paste the token at a hidden prompt"],
      ['echo "$RC_TOKEN" | partner login --with-token', "in CI"],
    ),
  )
    .option("--with-token", "read the token from standard input")
    .action(action(() => import("./commands/login.js")));

  sub(
    "logout",
    "remove the stored token of a profile",
    examples(["partner logout", "forget the default profile's token"]),
  ).action(action(() => import("./commands/logout.js")));

  sub(
    "whoami",
    "show the profile, API URL, token source (masked) and whether a partner exists",
    examples(["partner whoami", "who am I on RC?"]),
  ).action(action(() => import("./commands/whoami.js")));

  sub(
    "sandbox",
    "serve the RC emulator over HTTP on 127.0.0.1 and print the settings to use",
    examples(["partner sandbox --port 4010", "then: export the printed RECRUITEE_API_URL and RECRUITEE_TOKEN"]),
  )
    .option("--port <n>", "port to listen on (0 picks a free one)", portNumber, 0)
    .option("--state <file>", "file that keeps the emulator's state")
    .action(action(() => import("./commands/sandbox.js")));

  sub(
    "completion",
    "print a shell completion script",
    examples(
      ["partner completion bash >> ~/.bashrc", "bash"],
      ["partner completion fish > ~/.config/fish/completions/partner.fish", "fish"],
    ),
  )
    .addArgument(new Argument("<shell>", "bash, zsh or fish").choices(["bash", "zsh", "fish"]))
    .action(action(() => import("./commands/completion.js")));

  return program;
}
