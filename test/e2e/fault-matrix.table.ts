// The fault matrix as data: what fake RC does wrong (rows) × diff, apply --yes, status (columns),
// and what partner must do in each cell. test/e2e/fault-matrix.test.ts runs every cell against the
// built binary; renderReliabilityTable() turns the same rows into the README's "Reliability" table
// (test/unit/readme/reliability-table.test.ts fails when the README's copy differs).
import type { FakeResponse } from "../helpers/fake-rc.js";

export const MATRIX_COMMANDS = ["diff", "apply", "status"] as const;
export type MatrixCommand = (typeof MATRIX_COMMANDS)[number];

/** The arguments each column runs (plus `--timeout 1 --verbose`). */
export const COMMAND_ARGS: Record<MatrixCommand, string[]> = {
  diff: ["diff"],
  apply: ["apply", "--yes"],
  status: ["status"],
};

/**
 * Which request a fault hits in each column. diff and status send one GET; apply sends a GET
 * (answered normally) and then a PATCH, which takes the fault: the write is where faults matter.
 */
export const FAULT_TARGET: Record<MatrixCommand, "GET" | "PATCH"> = { diff: "GET", apply: "PATCH", status: "GET" };

export interface Fault {
  /** The first column of the README table. */
  label: string;
  /** RC's faulty answer. */
  answer: FakeResponse;
  /** Only the first request gets the fault, later ones the normal answer; otherwise every one does. */
  once?: boolean;
  /** Every request of every method gets the fault, not only the column's target request. */
  everyRequest?: boolean;
}

export interface Cell {
  exit: number;
  /** Requests fake RC saw, by method (POST is always 0: the partner exists). */
  requests: { GET: number; PATCH: number };
  /** Distinctive parts of stdout + stderr: what happened, then what to do (or the result). */
  says: string[];
}

/** The fault targets a request this command never sends. */
export interface NotApplicable {
  notApplicable: string;
}

export type Outcome = Cell | NotApplicable;

export interface MatrixRow {
  fault: Fault;
  cells: Record<MatrixCommand, Outcome>;
}

const requests = (GET: number, PATCH = 0) => ({ GET, PATCH });

// What each command prints once RC answers normally (after a retried fault).
const DIFF_OK = '~ name: "Acme Old" → "Acme Assessments"';
const APPLY_OK = "Updated 1 field of partner";
const STATUS_OK = "1 change pending: name";

const RC_PROBLEM = "Run the command again later.";
const AUTH_TODO = "Use a Personal API Token from the RC web app (Settings → API tokens)";
const CHECK_API_URL = "Check that --api-url (RECRUITEE_API_URL) is the Partners API base";
/** Added when a PATCH may have reached RC although no usable answer came back. */
export const MAYBE_APPLIED = "RC may have applied some or all of the changes";

/** Same outcome for diff and status (both fail or succeed on their one GET). */
function onGet(cell: Cell, statusSays?: string[]): Pick<MatrixRow["cells"], "diff" | "status"> {
  return { diff: cell, status: statusSays ? { ...cell, says: statusSays } : cell };
}

const writeOnly = { notApplicable: "sends no PATCH" };

/** A fault on the first request only: every command retries once after `waitS` seconds and succeeds. */
function succeedsOnRetry(label: string, answer: FakeResponse, waitS: string): MatrixRow {
  const retrying = `retrying in ${waitS} s (try 2 of 3)`;
  return {
    fault: { label, answer, once: true },
    cells: {
      ...onGet({ exit: 0, requests: requests(2), says: [retrying, DIFF_OK] }, [retrying, STATUS_OK]),
      apply: { exit: 0, requests: requests(1, 2), says: [retrying, APPLY_OK] },
    },
  };
}

export const FAULT_MATRIX: MatrixRow[] = [
  {
    fault: {
      label: "500 to every request",
      answer: { status: 500, json: { error: "Internal Server Error" } },
      everyRequest: true,
    },
    cells: {
      ...onGet({ exit: 1, requests: requests(1), says: ["RC answered 500 to GET", RC_PROBLEM] }),
      apply: { exit: 1, requests: requests(1, 0), says: ["RC answered 500 to GET", RC_PROBLEM] },
    },
  },
  succeedsOnRetry(
    "502 once, then success",
    { status: 502, raw: "<html><h1>502 Bad Gateway</h1></html>", headers: { "content-type": "text/html" } },
    "0.25",
  ),
  succeedsOnRetry(
    "503 with `Retry-After: 1`, then success",
    { status: 503, headers: { "retry-after": "1" }, json: { error: "Down for maintenance" } },
    "1.0",
  ),
  succeedsOnRetry(
    "429 with `Retry-After: 1`, then success",
    { status: 429, headers: { "retry-after": "1" }, json: { error: "Too many requests" } },
    "1.0",
  ),
  {
    fault: { label: "an answer slower than `--timeout 1`", answer: { delayMs: 4000, json: {} } },
    cells: {
      ...onGet({
        exit: 1,
        requests: requests(1),
        says: ["RC did not answer within 1 s (--timeout) (GET", "raise the limit with --timeout <seconds>"],
      }),
      apply: {
        exit: 1,
        requests: requests(1, 1),
        says: ["RC did not answer within 1 s (--timeout) (PATCH", MAYBE_APPLIED, "raise the limit with --timeout"],
      },
    },
  },
  {
    fault: { label: "connection reset mid-body", answer: { destroy: "mid-body", json: { partner: { name: "Acme" } } } },
    cells: {
      ...onGet({
        exit: 1,
        requests: requests(3),
        says: ["was closed before RC answered", "partner tried 3 times", "run the command again"],
      }),
      apply: {
        exit: 1,
        requests: requests(1, 3),
        says: ["was closed before RC answered", "partner tried 3 times", MAYBE_APPLIED, "run the command again"],
      },
    },
  },
  {
    fault: {
      label: "truncated JSON (200)",
      answer: { raw: '{"partner": {"name": "Ac', headers: { "content-type": "application/json" } },
    },
    cells: {
      ...onGet({
        exit: 1,
        requests: requests(1),
        says: ["is not valid JSON (application/json; truncated", CHECK_API_URL],
      }),
      apply: {
        exit: 1,
        requests: requests(1, 1),
        says: ["is not valid JSON (application/json; truncated", MAYBE_APPLIED, CHECK_API_URL],
      },
    },
  },
  {
    fault: {
      label: "an HTML page with 200",
      answer: { raw: "<!doctype html><html><body>Sign in</body></html>", headers: { "content-type": "text/html" } },
    },
    cells: {
      ...onGet({ exit: 1, requests: requests(1), says: ["is an HTML page (text/html), not JSON", CHECK_API_URL] }),
      apply: {
        exit: 1,
        requests: requests(1, 1),
        says: ["is an HTML page (text/html), not JSON", MAYBE_APPLIED, CHECK_API_URL],
      },
    },
  },
  {
    fault: { label: "401", answer: { status: 401, json: { error: "Invalid API token" } } },
    cells: {
      ...onGet({ exit: 4, requests: requests(1), says: ["RC answered 401 to GET", AUTH_TODO] }),
      apply: { exit: 4, requests: requests(1, 1), says: ["RC answered 401 to PATCH", AUTH_TODO] },
    },
  },
  {
    fault: { label: "403", answer: { status: 403, json: { error: "Forbidden" } } },
    cells: {
      ...onGet({ exit: 4, requests: requests(1), says: ["RC answered 403 to GET", AUTH_TODO] }),
      apply: { exit: 4, requests: requests(1, 1), says: ["RC answered 403 to PATCH", AUTH_TODO] },
    },
  },
  {
    fault: { label: "404 on PATCH", answer: { status: 404, json: { error: "Not found" } } },
    cells: {
      diff: writeOnly,
      status: writeOnly,
      apply: {
        exit: 1,
        requests: requests(1, 1),
        says: [
          "RC answered 404 to PATCH",
          "Check --api-url (RECRUITEE_API_URL): the partner resource is <api-url>/partner",
        ],
      },
    },
  },
  {
    fault: {
      label: "422 with field errors",
      answer: {
        status: 422,
        json: { errors: { name: ["has already been taken"], urls: { tests: ["is not reachable"] } } },
      },
    },
    cells: {
      diff: writeOnly,
      status: writeOnly,
      apply: {
        exit: 1,
        requests: requests(1, 1),
        says: [
          "RC refused the changes (422 to PATCH",
          "nothing was changed",
          "partner.yaml:2:7 error name: has already been taken",
          "Fix these fields in partner.yaml",
        ],
      },
    },
  },
];

const HEADERS: Record<MatrixCommand, string> = {
  diff: "`partner diff` (fault on its GET)",
  apply: "`partner apply --yes` (GET answered; fault on the PATCH)",
  status: "`partner status` (fault on its GET)",
};

function describeRequests(counts: Cell["requests"], command: MatrixCommand): string {
  const get = `${counts.GET} GET`;
  if (counts.PATCH) return `${get} + ${counts.PATCH} PATCH`;
  return command === "apply" ? `${get}, no PATCH` : get;
}

function describeOutcome(outcome: Outcome, command: MatrixCommand): string {
  if ("notApplicable" in outcome) return `n/a (${outcome.notApplicable})`;
  // Code spans: the output's own words, and `<seconds>` is not taken for HTML.
  const said = outcome.says.map((part) => `\`${part}\``).join(" … ");
  return `**exit ${outcome.exit}** · ${describeRequests(outcome.requests, command)} · ${said}`.replaceAll("|", "\\|");
}

/** The README's reliability table (Markdown), one row per fault. */
export function renderReliabilityTable(rows: MatrixRow[] = FAULT_MATRIX): string {
  const lines = [
    `| RC does this | ${MATRIX_COMMANDS.map((command) => HEADERS[command]).join(" | ")} |`,
    `|---|${MATRIX_COMMANDS.map(() => "---").join("|")}|`,
    ...rows.map(
      (row) =>
        `| ${row.fault.label} | ${MATRIX_COMMANDS.map((command) => describeOutcome(row.cells[command], command)).join(" | ")} |`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
