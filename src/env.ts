/** Whether an on/off environment variable is on: set, and not "", "0" or "false". */
export function isTruthyEnv(value: string | undefined): boolean {
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}
