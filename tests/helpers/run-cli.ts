import { spawn } from "node:child_process";

export type CliRun = { code: number | null; stdout: string; stderr: string };

/** Runs `node --import tsx <script> …args` from the project root and collects its output. */
export function runCli(script: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Spawning tsx costs 1–2 s idle and 5–10 s on a loaded 2-core machine; give CLI tests room. */
export const CLI_TIMEOUT = 120_000;
