import type { Context } from "../context.js";
import { validateField } from "../core/validate-field.js";
import { ExitCode, UsageError } from "../errors.js";
import {
  answersFromRemote,
  applyFlags,
  FIELDS,
  type FieldPath,
  getField,
  type InitAnswers,
  type InitFlags,
  REQUIRED_FIELDS,
} from "../init/answers.js";
import { nextSteps } from "../init/next-steps.js";
import { renderPartnerFile } from "../init/render.js";
import { schemaReference } from "../init/schema-ref.js";
import { runWizard } from "../init/steps.js";
import { assertWritable, writeFileAtomically } from "../init/write-file.js";
import { canPrompt, type Prompter, terminalPrompter } from "../ui/prompts.js";

// A bad flag value is a usage error naming the flag, checked before anything else happens.
function checkFlagValues(flags: InitFlags): void {
  const problems = FIELDS.flatMap((field) => {
    const value = flags[field.key];
    const problem = typeof value === "string" ? validateField(field.path, value) : undefined;
    return problem ? [`${field.flag} ${JSON.stringify(value)}: ${problem}`] : [];
  });
  if (problems.length > 0) {
    throw new UsageError(problems.length === 1 ? problems[0]! : "Some flag values are not valid:", {
      details: problems.length === 1 ? [] : problems,
      hint: "Fix the values; they follow the same rules as `partner validate`.",
    });
  }
}

async function startingPoint(ctx: Context, flags: InitFlags): Promise<InitAnswers> {
  if (!flags.fromRemote) return { urls: {} };
  const { openRcClient } = await import("../api/open.js");
  const client = await openRcClient(ctx);
  try {
    const partner = await ctx.out.withSpinner("Reading your partner from RC", () => client.getPartner());
    if (partner) {
      ctx.out.info(`Starting from the partner on RC: ${partner.name ?? "(no name)"}.`);
      return answersFromRemote(partner);
    }
    ctx.out.info(`There is no partner on ${client.apiUrl} yet; starting from scratch.`);
    return { urls: {} };
  } finally {
    await client.close();
  }
}

/** `partner init` (the command's entry; tests call runInit with their own prompter). */
export async function run(ctx: Context, flags: InitFlags): Promise<number> {
  return runInit(ctx, flags, terminalPrompter({ color: ctx.out.errColor.level > 0 }));
}

/** Asks (or takes flags), then writes a commented partner file that `partner validate` accepts. */
export async function runInit(ctx: Context, flags: InitFlags, prompter: Prompter): Promise<number> {
  checkFlagValues(flags);
  const force = Boolean(flags.force);
  assertWritable(ctx.file, ctx.fileLabel, force);

  const answers = await startingPoint(ctx, flags);
  const given = applyFlags(answers, flags);
  const interactive = !flags.yes && canPrompt(ctx);
  if (interactive) {
    await runWizard(prompter, answers, given, { askInputsToo: !flags.phoneInput && !flags.adminInput });
  } else {
    const missing = REQUIRED_FIELDS.filter((path: FieldPath) => getField(answers, path) === undefined);
    if (missing.length > 0) {
      const names = missing.map((path) => FIELDS.find((f) => f.path === path)!.flag);
      throw new UsageError(
        `Missing ${names.join(" and ")}: ${flags.yes ? "--yes asks no questions" : "cannot ask without a terminal (stdin is not a TTY, or CI is set)"}.`,
        { hint: `Example: partner init --yes --kind assessment --name "Acme Assessments"` },
      );
    }
  }

  const text = renderPartnerFile(answers, schemaReference(ctx.file));
  writeFileAtomically(ctx.file, text, { label: ctx.fileLabel, force });
  const steps = nextSteps(ctx);
  if (ctx.json) {
    ctx.out.jsonResult({ file: ctx.file, written: true, next_steps: steps.map((s) => s.command) });
  } else {
    ctx.out.result(`Wrote ${ctx.fileLabel}.`);
    ctx.out.result("");
    ctx.out.result("Next steps:");
    const width = Math.max(...steps.map((s) => s.command.length));
    for (const step of steps) ctx.out.result(`  ${step.command.padEnd(width)}   ${ctx.out.color.dim(step.why)}`);
  }
  return ExitCode.ok;
}
