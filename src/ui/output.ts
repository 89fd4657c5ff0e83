import type { ChalkInstance } from "chalk";
import { colorLevel, isCI, makeChalk } from "./color.js";

/** Every JSON document carries this (cli-contract.md §7). */
export const FORMAT_VERSION = 1;

/** Whether any Output of this process wrote the JSON document: there is one stdout (`sandbox` has its own Output). */
let jsonWrittenInProcess = false;

export interface OutputOptions {
  json: boolean;
  noColor: boolean;
  verbose: boolean;
  env: NodeJS.ProcessEnv;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

export interface SpinnerHandle {
  text(message: string): void;
}

/**
 * The one place output is written. Results go to stdout; progress, warnings and errors to
 * stderr. Every registered secret is redacted here, so no command can leak one by accident.
 */
export class Output {
  readonly json: boolean;
  readonly verbose: boolean;
  /** Colours for stdout (level 0 when stdout is not a TTY, or colour is off). */
  readonly color: ChalkInstance;
  /** Colours for stderr. */
  readonly errColor: ChalkInstance;
  /** Spinners and other TTY-only decoration on stderr are allowed. */
  readonly decorate: boolean;
  readonly stdoutIsTTY: boolean;
  private readonly stdout: NodeJS.WriteStream;
  private readonly stderr: NodeJS.WriteStream;
  private readonly secrets = new Set<string>();
  private jsonWritten = false;

  constructor(options: OutputOptions) {
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    this.json = options.json;
    this.verbose = options.verbose;
    this.stdoutIsTTY = Boolean(this.stdout.isTTY);
    this.color = makeChalk(options.json ? 0 : colorLevel(this.stdout, options.env, options.noColor));
    this.errColor = makeChalk(options.json ? 0 : colorLevel(this.stderr, options.env, options.noColor));
    // A terminal that reports 0 columns (e.g. under `script` without a size) sends ora 9 into an
    // endless loop (it only guards against an undefined width), so no spinner there.
    const width = this.stderr.columns ?? 0;
    this.decorate = Boolean(this.stderr.isTTY) && width > 0 && !options.json && !isCI(options.env);
  }

  /** Registers a value that must never be printed (tokens, partner secret). */
  addSecret(value: string | undefined | null): void {
    if (!value || value.length < 4) return;
    this.secrets.add(value);
    // Also as JSON writes it (a quote or backslash escaped): --json documents and quoted values.
    this.secrets.add(JSON.stringify(value).slice(1, -1));
  }

  /** Replaces every registered secret in `text` with a mask. */
  redact(text: string): string {
    let result = text;
    // Longest first, so a secret that holds another (or its own escaped form) is masked whole.
    const secrets = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of secrets) result = result.split(secret).join("[REDACTED]");
    return result;
  }

  /** A line of human result on stdout. Ignored in --json mode (the JSON document is the result). */
  result(text = ""): void {
    if (this.json) return;
    this.stdout.write(`${this.redact(text)}\n`);
  }

  /** The single JSON document of a --json run, with format_version added. */
  jsonResult(document: Record<string, unknown>): void {
    if (this.jsonWritten) throw new Error("a second JSON document was about to be written");
    this.jsonWritten = true;
    jsonWrittenInProcess = true;
    const text = JSON.stringify({ format_version: FORMAT_VERSION, ...document }, null, 2);
    this.stdout.write(`${this.redact(text)}\n`);
  }

  /** Whether the JSON document has been written already, by any Output (cli.ts uses it for errors). */
  get wroteJson(): boolean {
    return this.jsonWritten || jsonWrittenInProcess;
  }

  /** Progress and information on stderr. */
  info(text: string): void {
    this.stderr.write(`${this.redact(text)}\n`);
  }

  warn(text: string): void {
    this.stderr.write(`${this.errColor.yellow("warning:")} ${this.redact(text)}\n`);
  }

  error(text: string): void {
    this.stderr.write(`${this.errColor.red("error:")} ${this.redact(text)}\n`);
  }

  /** A --verbose trace line on stderr (e.g. one per HTTP request). */
  debug(text: string): void {
    if (this.verbose) this.stderr.write(`${this.errColor.dim(this.redact(text))}\n`);
  }

  /**
   * Runs `task` behind an ora spinner on stderr when decoration is allowed; otherwise prints
   * nothing. ora is imported only here, so commands that never wait do not load it.
   */
  async withSpinner<T>(message: string, task: (spinner: SpinnerHandle) => Promise<T>): Promise<T> {
    if (!this.decorate) return task({ text: () => {} });
    const { default: ora } = await import("ora");
    const spinner = ora({ text: this.redact(message), stream: this.stderr }).start();
    try {
      return await task({ text: (m) => (spinner.text = this.redact(m)) });
    } finally {
      spinner.stop();
    }
  }
}
