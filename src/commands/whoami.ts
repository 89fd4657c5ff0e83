import type { Context } from "../context.js";
import { notBuilt } from "./not-built.js";

export async function run(_ctx: Context): Promise<number> {
  return notBuilt("whoami");
}
