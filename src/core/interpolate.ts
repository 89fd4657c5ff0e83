// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} in plain strings is the file syntax under test.
// `${VAR}`, `${VAR:-default}` and `$${` in string values (cli-contract.md §6).

export interface InterpolationProblem {
  /** Index in the input string where the faulty `${` starts. */
  index: number;
  /** The variable, when one is named. */
  variable?: string;
  message: string;
}

export interface InterpolationResult {
  value: string;
  problems: InterpolationProblem[];
}

const REFERENCE = /^([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/;

/**
 * Replaces `${VAR}` and `${VAR:-default}` with values from `env` (the default is used when VAR
 * is unset or empty) and `$${` with a literal `${`. Every problem is returned, none thrown.
 */
export function interpolate(text: string, env: NodeJS.ProcessEnv): InterpolationResult {
  if (!text.includes("${")) return { value: text, problems: [] };
  const problems: InterpolationProblem[] = [];
  let value = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$${", i)) {
      value += "${";
      i += 3;
      continue;
    }
    if (!text.startsWith("${", i)) {
      value += text[i];
      i += 1;
      continue;
    }
    const close = text.indexOf("}", i + 2);
    if (close === -1) {
      problems.push({ index: i, message: "unterminated ${: add the closing } (or write $${ for a literal ${)" });
      value += text.slice(i);
      break;
    }
    const inner = text.slice(i + 2, close);
    const match = REFERENCE.exec(inner);
    if (!match) {
      problems.push({
        index: i,
        message: `invalid variable reference \${${inner}}: a name is letters, digits and _ (write $\${ for a literal \${)`,
      });
    } else {
      const [, name = "", fallback] = match;
      const fromEnv = env[name];
      if (fromEnv !== undefined && (fromEnv !== "" || fallback === undefined)) value += fromEnv;
      else if (fallback !== undefined) value += fallback;
      else {
        problems.push({
          index: i,
          variable: name,
          message: `environment variable ${name} is not set: set it, or give a default with \${${name}:-value}`,
        });
      }
    }
    i = close + 1;
  }
  return { value, problems };
}
