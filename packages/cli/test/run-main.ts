import { vi } from "vitest";
import { main } from "../src/main.js";

/** Runs the `hnl` command line in this process and captures what it prints: exit code, stdout, stderr. */
export async function runMain(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
  try {
    const code = await main([...args]);
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  } finally {
    vi.restoreAllMocks();
  }
}
