// An Output whose streams are strings, for asserting on what the client prints.
import { Writable } from "node:stream";
import { Output } from "../../../src/ui/output.js";

export interface CapturedOutput {
  out: Output;
  stdout: () => string;
  stderr: () => string;
}

function sink(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

/** A --verbose Output (no colour) writing into strings. */
export function captureOutput(options: { verbose?: boolean; json?: boolean } = {}): CapturedOutput {
  const stdout = sink();
  const stderr = sink();
  const out = new Output({
    json: options.json ?? false,
    verbose: options.verbose ?? true,
    noColor: true,
    env: {},
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { out, stdout: stdout.text, stderr: stderr.text };
}
