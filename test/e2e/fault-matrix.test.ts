// The fault matrix (fault-matrix.table.ts): every fault × diff, apply --yes, status, run as the
// built binary against a fake RC of its own on 127.0.0.1. Each cell checks the exit code, what the
// output says, the exact requests by method, and that no local file changed.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeRc, startFakeRc } from "../helpers/fake-rc.js";
import { loggedInConfig } from "../helpers/login.js";
import {
  correctPartner,
  type PartnerServer,
  partnerYaml,
  remotePartnerAt,
  startPartnerServer,
} from "../helpers/partner-server.js";
import { runCli, tempDir } from "../helpers/run-cli.js";
import { writePartner } from "./apply-fixtures.js";
import {
  type Cell,
  COMMAND_ARGS,
  FAULT_MATRIX,
  FAULT_TARGET,
  type Fault,
  MATRIX_COMMANDS,
  type MatrixCommand,
} from "./fault-matrix.table.js";

const RC_TOKEN = "rc-token-fault-matrix-0a1b2c3d";

let partnerSide: PartnerServer;
/** A config dir holding a profile made by `partner login`: the cells read their token from it. */
let configTemplate: ReturnType<typeof tempDir>;

/** RC's partner: the file's, with an older name, so apply has one field to PATCH. */
function remote(nameOnRc = "Acme Old") {
  return remotePartnerAt(partnerSide.origin, { name: nameOnRc });
}

/** RC behaving normally, then the fault on the column's target (or on every request). */
function script(fake: FakeRc, fault: Fault, command: MatrixCommand): void {
  fake.otherwise("GET", { json: remote() }).otherwise("PATCH", { json: { partner: remote("Acme Assessments") } });
  const methods = fault.everyRequest ? ["GET", "PATCH", "POST"] : [FAULT_TARGET[command]];
  for (const method of methods) {
    if (fault.once) fake.queue(method, fault.answer);
    else fake.otherwise(method, fault.answer);
  }
}

/** Every file under `root` (path → mode and content hash), so any write shows up. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(root)) return files;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        files[`${relative(root, path)}/`] = "dir";
        walk(path);
      } else {
        const hash = createHash("sha256").update(readFileSync(path)).digest("hex");
        files[relative(root, path)] = `${(statSync(path).mode & 0o777).toString(8)} ${hash}`;
      }
    }
  };
  walk(root);
  return files;
}

beforeAll(async () => {
  partnerSide = await startPartnerServer(correctPartner("customer-token-unused"));
  configTemplate = await loggedInConfig("partner-matrix-config-", RC_TOKEN, (fake) =>
    fake.queue("GET", { json: remote() }),
  );
});

afterAll(async () => {
  await partnerSide?.close();
  configTemplate?.cleanup();
});

async function runCell(fault: Fault, command: MatrixCommand, cell: Cell): Promise<void> {
  const dir = tempDir("partner-matrix-");
  const fake = await startFakeRc();
  try {
    const cwd = join(dir.path, "work");
    const config = join(dir.path, "config");
    cpSync(configTemplate.path, config, { recursive: true });
    mkdirSync(cwd);
    writePartner(cwd, partnerYaml(partnerSide.origin));
    script(fake, fault, command);
    const before = { cwd: snapshot(cwd), config: snapshot(config) };

    const result = await runCli([...COMMAND_ARGS[command], "--timeout", "1", "--verbose"], {
      cwd,
      env: { RECRUITEE_API_URL: fake.apiUrl, PARTNER_CONFIG_DIR: config },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    const where = `${fault.label} × ${command}\n${output}`;

    expect(result.code, where).toBe(cell.exit);
    for (const part of cell.says) expect(output, where).toContain(part);
    expect(output, where).not.toMatch(/\n\s+at |SyntaxError|this is a bug/);
    expect({ GET: fake.count("GET"), PATCH: fake.count("PATCH"), POST: fake.count("POST") }, where).toEqual({
      ...cell.requests,
      POST: 0,
    });
    expect({ cwd: snapshot(cwd), config: snapshot(config) }, where).toEqual(before);
  } finally {
    await fake.close();
    dir.cleanup();
  }
}

describe.concurrent("fault matrix: RC misbehaves × diff, apply --yes, status", () => {
  it("every row has a cell per command and the config template holds the stored token", () => {
    for (const row of FAULT_MATRIX) expect(Object.keys(row.cells).sort()).toEqual([...MATRIX_COMMANDS].sort());
    expect(Object.keys(snapshot(configTemplate.path))).toContain("config.json");
  });

  for (const row of FAULT_MATRIX) {
    for (const command of MATRIX_COMMANDS) {
      const outcome = row.cells[command];
      if ("notApplicable" in outcome) continue;
      it(`${row.fault.label} × ${command}: exit ${outcome.exit}`, () => runCell(row.fault, command, outcome));
    }
  }
});
