import { DyadError } from "../../errors.js";
import type { Command } from "../io.js";

// Not yet implemented: this command is being built.
export const command: Command = {
  summary: "(not yet implemented)",
  usage: "dyad dict: not yet implemented",
  async run() {
    throw new DyadError("E_USAGE", "'dyad dict' is not yet implemented");
  },
};
