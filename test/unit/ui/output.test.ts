import { describe, expect, it } from "vitest";
import { Output } from "../../../src/ui/output.js";

function fakeStream(isTTY: boolean, columns?: number) {
  let text = "";
  const write = (chunk: string) => {
    text += chunk;
    return true;
  };
  const stream = { isTTY, columns, write };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

function output(stderr: ReturnType<typeof fakeStream>, env: NodeJS.ProcessEnv = {}, json = false) {
  const stdout = fakeStream(false);
  return {
    out: new Output({ json, verbose: true, noColor: false, env, stdout: stdout.stream, stderr: stderr.stream }),
    stdout,
  };
}

describe("Output", () => {
  it("decorates (spinners) only on a terminal with a width, outside CI and --json", () => {
    expect(output(fakeStream(true, 80)).out.decorate).toBe(true);
    expect(output(fakeStream(false, 80)).out.decorate).toBe(false);
    // ora 9 loops forever on a 0-column terminal.
    expect(output(fakeStream(true, 0)).out.decorate).toBe(false);
    expect(output(fakeStream(true)).out.decorate).toBe(false);
    expect(output(fakeStream(true, 80), { CI: "true" }).out.decorate).toBe(false);
    expect(output(fakeStream(true, 80), {}, true).out.decorate).toBe(false);
  });

  it("redacts every registered secret in every stream", () => {
    const stderr = fakeStream(false);
    const { out, stdout } = output(stderr);
    out.addSecret("tok_live_123456");
    out.result("result tok_live_123456");
    out.info("info tok_live_123456");
    out.warn("warn tok_live_123456");
    out.error("error tok_live_123456");
    out.debug("debug tok_live_123456");
    const all = stdout.text() + stderr.text();
    expect(all).not.toContain("tok_live_123456");
    expect(all.match(/\[REDACTED\]/g)).toHaveLength(5);
  });

  it("redacts a secret with a quote or backslash in a JSON document too (where it is escaped)", () => {
    const { out, stdout } = output(fakeStream(false), {}, true);
    const secret = 'tok"quoted\\back-123456';
    out.addSecret(secret);
    out.jsonResult({ message: `bad token ${secret}` });
    expect(stdout.text()).not.toContain("quoted");
    expect(JSON.parse(stdout.text()).message).toBe("bad token [REDACTED]");
  });

  it("writes one JSON document with format_version, and refuses a second", () => {
    const { out, stdout } = output(fakeStream(false), {}, true);
    out.result("not in json mode");
    out.jsonResult({ ok: true });
    expect(JSON.parse(stdout.text())).toEqual({ format_version: 1, ok: true });
    expect(() => out.jsonResult({ ok: false })).toThrow("a second JSON document");
    expect(JSON.parse(stdout.text())).toEqual({ format_version: 1, ok: true }); // still the one document
  });
});
